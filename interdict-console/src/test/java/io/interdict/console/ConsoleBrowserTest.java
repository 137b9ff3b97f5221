package io.interdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.console.kit.Browser;
import io.interdict.console.kit.ConsoleKit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (Debian's headless Chromium through Selenium): screening to an alert,
 * four-eyes review by two users, the law's timeline on chosen dates, replay after a list change, the
 * queue's pages; axe-core checks every page visited. Screenshots: target/console-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    private ConsoleKit kit;
    private Browser b;
    private final List<String> axeProblems = new ArrayList<>();

    @BeforeAll
    void start() {
        kit = new ConsoleKit();
        b = Browser.start(kit.base());
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (kit != null) {
            kit.close();
        }
    }

    private final List<String> foreignRequests = new ArrayList<>();

    /** axe-core on the current page, and every resource the page loaded must come from the server. */
    @SuppressWarnings("unchecked")
    private void axe(String page) {
        for (String v : b.axe()) {
            axeProblems.add(page + ": " + v);
        }
        List<String> loaded = (List<String>) b.driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
        loaded.stream().filter(u -> !u.startsWith(kit.base() + "/")).forEach(u -> foreignRequests.add(page + ": " + u));
    }

    private void screen(String date, String kind, String name) {
        b.open("/screen");
        b.setValue("#date", date);
        new Select(b.find("#kind")).selectByValue(kind);
        b.find("#party_name_0").sendKeys(name);
        b.find("#screen-submit").click();
        b.find("#outcome");    // the decision page has loaded (findElements below does not wait)
    }

    @Test
    @Order(1)
    void signInPageAndWrongPassword() {
        b.open("/alerts");
        assertThat(b.driver.getCurrentUrl()).contains("/signin?next=%2Falerts");
        axe("sign-in");
        b.screenshot("01-signin");
        b.signIn("alice", "not the password");
        assertThat(b.text("#page-error")).contains("Sign-in failed");
    }

    @Test
    @Order(2)
    void screenToReviewAlertThenFourEyes() {
        b.signIn("alice", ConsoleKit.PASSWORD);
        screen("2025-05-01", "app_store_distribution", "TikTok");
        assertThat(b.text("#outcome")).isEqualTo("REVIEW");
        assertThat(b.text(".hit .reason")).isNotBlank();
        assertThat(b.all("svg.path rect")).isNotEmpty();
        axe("screen result");
        b.screenshot("02-screen-review");

        b.find("#alert-link").click();
        b.awaitText("#alert-state", "OPEN");
        String alertUrl = b.driver.getCurrentUrl();
        new Select(b.find("#resolution")).selectByValue("true_match");
        b.find("#reason").sendKeys("TikTok app store distribution while the ban is not enforced: keep it under watch");
        b.find("#propose-submit").click();
        b.awaitText("#alert-state", "PENDING_APPROVAL");
        assertThat(b.text("#own-proposal")).contains("another analyst must approve");
        assertThat(b.find("#approve-submit").isEnabled()).isFalse();
        axe("alert pending");
        b.screenshot("03-alert-proposed");

        // The disabled button is a courtesy; the server refuses the proposer's approval whatever the page does.
        b.driver.executeScript("document.querySelector('#approve-submit').closest('form').submit();");
        assertThat(b.text("#page-error")).contains("four-eyes").contains("alice");
        b.screenshot("04-own-approval-refused");
        b.driver.get(alertUrl);
        assertThat(b.text("#alert-state")).isEqualTo("PENDING_APPROVAL");

        b.signOut();
        b.signIn("bob", ConsoleKit.PASSWORD);
        b.driver.get(alertUrl);
        assertThat(b.find("#approve-submit").isEnabled()).isTrue();
        b.find("#approve-comment").sendKeys("agreed");
        b.find("#approve-submit").click();
        b.awaitText("#alert-state", "CLOSED");
        assertThat(b.text("#alert-resolution")).contains("proposed by alice").contains("approved by bob");
        String history = b.text("#history");
        assertThat(history).contains("recorded by alice via console").contains("alice (console, user account) propose").contains("bob (console, user account) approve");
        b.screenshot("05-alert-approved");
        b.signOut();
    }

    @Test
    @Order(3)
    void theControlPathIsDrawnWithItsRelationDates() {
        b.signIn("alice", ConsoleKit.PASSWORD);
        // EO 13971 names Tencent's apps; a payment through QQ Wallet deals with the app's developer and its parent.
        screen("2021-03-01", "payment", "QQ Wallet");
        assertThat(b.all("svg.path rect").size()).isGreaterThanOrEqualTo(2);
        assertThat(b.all("svg.path .edge-dates")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getText()).matches(".*(\\d{4}-\\d{2}-\\d{2}|undated|…).*"));
        assertThat(b.text(".path-text")).contains("QQ Wallet").contains("→");
        assertThat(b.all(".features tbody tr")).isNotEmpty();
        axe("screen with control path");
        b.find("svg.path").getLocation();
        b.driver.executeScript("document.querySelector('svg.path').scrollIntoView({block: 'center'});");
        b.screenshot("02b-screen-control-path");
        b.signOut();
    }

    @Test
    @Order(3)
    void timelineShowsTheStatusOnChosenDates() {
        b.signIn("carol", ConsoleKit.PASSWORD);
        b.open("/law/us-eo-13942?date=2020-08-10");
        // Signed 2020-08-06; the app-store item took effect on 2020-09-27 (after a revision).
        assertThat(b.text("#status-summary")).isEqualTo("pending");
        axe("law timeline");

        b.setValue("#date-d", "2020-10-01");
        b.waiting().until(ExpectedConditions.textToBe(By.id("status-date"), "2020-10-01"));
        // The D.D.C. injunction covers the app-store item from 2020-09-27.
        assertThat(b.text("[data-clause='item-1-app-store']")).isEqualTo("enjoined");
        b.screenshot("06-law-timeline-2020-10-01");

        b.setValue("#date-d", "2021-07-01");
        b.waiting().until(ExpectedConditions.textToBe(By.id("status-date"), "2021-07-01"));
        assertThat(b.text("#status-summary")).isEqualTo("revoked");

        // The slider, by keyboard: Home is the first day drawn (signing), End the last (today).
        b.find("#day").sendKeys(Keys.HOME);
        b.waiting().until(ExpectedConditions.textToBe(By.id("status-date"), "2020-08-06"));
        assertThat(b.text("[data-clause='item-1-app-store']")).isEqualTo("pending");
        b.find("#day").sendKeys(Keys.END);
        b.waiting().until(ExpectedConditions.textToBe(By.id("status-date"), "2026-06-01"));
        assertThat(b.text("#status-summary")).isEqualTo("revoked");

        b.open("/law/us-eo-13942?known_a=2020-09-18&known_b=2020-09-19");
        assertThat(b.text("#learned")).contains("issued 2020-09-19: effective, effective 2020-09-27, clauses item-1-app-store");
        // Known on 2020-09-18, the app-store item took effect on 2020-09-20; the revision known a day later moved it to 2020-09-27.
        assertThat(b.text("#differences tbody")).isEqualTo("item-1-app-store 2020-09-20 – 2020-09-26 in force pending");
        b.driver.executeScript("document.getElementById('diff-h').scrollIntoView();");
        b.screenshot("07-law-known-at-difference");
        axe("law known-at difference");
        b.open("/law");
        axe("law index");
        b.signOut();
    }

    @Test
    @Order(4)
    void replayShowsTheDifferenceAfterAListChange() {
        b.signIn("alice", ConsoleKit.PASSWORD);
        screen("2026-05-15", "payment", "Testco Shipping Limited");
        assertThat(b.text("#outcome")).isEqualTo("BLOCK");
        b.find("#alert-link").click();
        b.awaitText("#alert-state", "OPEN");
        String alertUrl = b.driver.getCurrentUrl();

        kit.changeList();
        b.driver.get(alertUrl);
        b.find("#replay-link").click();
        assertThat(b.text("#replay-how")).contains("restored from the store");
        assertThat(b.text("#replay-verdict")).startsWith("AGREES").contains("BLOCK");
        assertThat(b.text("#replay-today")).contains("ALLOW").contains("differs from the stored BLOCK");
        assertThat(b.all("#replay-hits tr.differs")).hasSize(1);
        axe("replay");
        b.screenshot("08-replay-after-list-change");

        b.open("/lists");
        axe("lists");
        b.screenshot("09-lists");
        new Select(b.find("#diff-a")).selectByValue(ConsoleKit.snapshot(false).hash());
        new Select(b.find("#diff-b")).selectByValue(ConsoleKit.snapshot(true).hash());
        b.find("#diff-b").submit();
        assertThat(b.text("#diff-counts")).isEqualTo("0 added, 1 removed, 0 changed");
        assertThat(b.driver.getPageSource()).contains("ofac-sdn:test-1");
        b.screenshot("10-lists-difference");

        b.open("/entity/ofac-sdn:test-2");
        assertThat(b.text("h1")).contains("Example Trading Company");
        axe("entity");
        b.screenshot("11-entity");
        b.signOut();
    }

    @Test
    @Order(5)
    void aFalsePositiveApprovedByASecondAnalystBecomesASuppressionWithExpiry() {
        b.signIn("alice", ConsoleKit.PASSWORD);
        screen("2026-05-15", "payment", "Example Trading Company");
        assertThat(b.text("#outcome")).isEqualTo("BLOCK");
        b.find("#alert-link").click();
        b.awaitText("#alert-state", "OPEN");
        String alertUrl = b.driver.getCurrentUrl();
        new Select(b.find("#resolution")).selectByValue("false_positive");
        b.find("#reason").sendKeys("our customer is a different company (registry 4711)");
        b.find("#propose-submit").click();
        b.awaitText("#alert-state", "PENDING_APPROVAL");
        b.signOut();

        b.signIn("bob", ConsoleKit.PASSWORD);
        b.driver.get(alertUrl);
        b.find("#approve-submit").click();
        b.awaitText("#alert-state", "CLOSED");
        b.find("#s-reason").sendKeys("different company, registry 4711");
        b.setValue("#s-expires", "2026-12-31");
        b.find("#suppress-submit").click();
        b.awaitText(".notice", "Suppression added.");
        b.open("/suppressions");
        assertThat(b.text("table.list tbody")).contains("Example Trading Company").contains("2026-12-31").contains("active");
        b.screenshot("15-suppressions");

        // The same party screened again: the suppressed hit is ALLOW and says why.
        screen("2026-05-16", "payment", "Example Trading Company");
        assertThat(b.text("#outcome")).isEqualTo("ALLOW");
        assertThat(b.text(".hit .reason")).contains("suppressed by suppression").contains("until 2026-12-31");

        b.open("/suppressions");
        b.find("table.list tbody button").click();
        b.awaitText(".notice", "Suppression revoked.");
        assertThat(b.text("table.list tbody")).contains("revoked by bob");
        b.signOut();
    }

    @Test
    @Order(5)
    void queueFiltersAndPages() {
        // 120 BLOCK alerts on the test list's other entry, recorded as a batch would.
        io.interdict.store.audit.AuditLog log = kit.store.audit();
        var screener = kit.server == null ? null : ConsoleKit.snapshot(true);
        List<io.interdict.store.audit.AuditLog.Entry> entries = new ArrayList<>();
        var engineScreener = io.interdict.lists.Embedded.screener(screener, io.interdict.config.Config.defaults());
        for (int i = 0; i < 120; i++) {
            var tx = new io.interdict.core.tx.Transaction("batch-" + i, java.time.LocalDate.parse("2026-05-20"), null,
                    io.interdict.core.measure.TxKind.PAYMENT, "US",
                    List.of(new io.interdict.core.tx.Party("counterparty", "Example Trading Company", null, List.of())), null, null, null, null);
            entries.add(io.interdict.store.audit.AuditLog.Entry.of(tx, engineScreener.screen(tx)));
        }
        log.append(entries, new io.interdict.store.audit.AuditLog.Context("batch", "cli-batch", "interdict test", "interdict-v1"));

        b.signInWithKey(kit.reviewKey);
        assertThat(b.text(".who")).contains("key:ops");
        b.open("/alerts");
        new Select(b.find("#f-outcome")).selectByValue("BLOCK");
        new Select(b.find("#f-measure")).selectByValue("ofac-sdn");
        new Select(b.find("#f-state")).selectByValue("OPEN");
        b.clickToNavigate("#filter-submit");
        assertThat(b.driver.getCurrentUrl()).contains("outcome=BLOCK").contains("measure=ofac-sdn").contains("state=OPEN");
        assertThat(b.all("#queue tbody tr")).hasSize(50);
        String first = b.find("#queue tbody tr td a").getText();
        axe("alerts queue");
        b.screenshot("12-alerts-queue");
        b.clickToNavigate("#next-page");
        assertThat(b.all("#queue tbody tr")).hasSize(50);
        assertThat(Long.parseLong(b.find("#queue tbody tr td a").getText())).isLessThan(Long.parseLong(first));
        b.clickToNavigate("#next-page");
        // 120 batch alerts plus the BLOCK of the replay test, all OPEN, on ofac-sdn.
        assertThat(b.all("#queue tbody tr")).hasSize(21);
        assertThat(b.all("#next-page")).isEmpty();
        b.open("/suppressions");
        axe("suppressions");
        b.signOut();
    }

    /**
     * 200 % zoom of a 1,280-pixel window is a 640-CSS-pixel viewport: every page must reflow into it
     * without scrolling sideways (the timeline drawing may scroll inside its own box, as WCAG 1.4.10
     * allows for two-dimensional content).
     */
    @Test
    @Order(6)
    void readableAt200PercentZoom() {
        b.signIn("alice", ConsoleKit.PASSWORD);
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(640, 1000));
        try {
            for (String page : List.of("/screen", "/alerts", "/alerts/1", "/law/us-eo-13942", "/lists", "/entity/ofac-sdn:test-2")) {
                b.open(page);
                b.find("h1");
                Object overflow = b.driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("sideways overflow of " + page + " in CSS pixels").isLessThanOrEqualTo(0);
            }
            b.open("/alerts/1");
            b.screenshot("13-alert-at-200-percent");
            b.open("/law/us-eo-13942");
            b.screenshot("14-law-at-200-percent");
        } finally {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        }
        b.signOut();
    }

    @Test
    @Order(7)
    void noSeriousOrCriticalAccessibilityViolationsAndNoOtherHost() {
        assertThat(axeProblems).isEmpty();
        assertThat(foreignRequests).isEmpty();
    }
}
