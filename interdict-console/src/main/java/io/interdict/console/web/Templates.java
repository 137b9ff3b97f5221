package io.interdict.console.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The page templates (src/main/jte), compiled to classes at build time by jte-maven-plugin: nothing is
 * compiled or parsed at run time, a template that does not type-check fails the build, and every
 * {@code ${…}} is escaped for its HTML context.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(name, params, out);
        return out.toString();
    }
}
