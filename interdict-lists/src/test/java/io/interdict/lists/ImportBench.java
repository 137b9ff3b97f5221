package io.interdict.lists;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.csl.CslImporter;
import io.interdict.lists.dpl.DplImporter;
import io.interdict.lists.ofac.OfacCsvImporter;
import io.interdict.lists.ukhmt.UkHmtImporter;
import io.interdict.lists.un.UnScImporter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Warm import timings of each bundled full file (a repeated-run harness, not a unit test):
 * {@code java -cp <test-classes>:<classes>:<deps> io.interdict.lists.ImportBench [runs]}.
 * Files are read into memory first, so the figures are parse + map only (what watchman's 17 ms / 1.8 s
 * figures measure). Prints min and median of the timed runs, bytes allocated per import and the heap
 * retained by the resulting part.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<ListFile> sdn = TestFiles.bundled("ofac-sdn", "2021-07-07", "sdn.csv.gz", "add.csv.gz", "alt.csv.gz", "sdn_comments.csv.gz");
        List<ListFile> sdnMain = List.of(sdn.get(0));
        bench("ofac-sdn 2021-07 (4 files)", runs, imp(OfacCsvImporter.sdn(), sdn));
        bench("ofac-sdn sdn.csv only", runs, imp(OfacCsvImporter.sdn(), sdnMain));
        bench("ofac-cons 2025-12", runs, imp(OfacCsvImporter.consolidated(), TestFiles.bundled("ofac-cons", "2025-12-19",
                "cons_prim.csv.gz", "cons_add.csv.gz", "cons_alt.csv.gz", "cons_comments.csv.gz")));
        bench("us-csl 2022-05", runs, imp(new CslImporter(), TestFiles.bundled("us-csl", "2022-05-16", "consolidated.csv.gz")));
        bench("un-sc 2026-02-27", runs, imp(new UnScImporter(), TestFiles.bundled("un-sc", "2026-02-27", "consolidated.xml.gz")));
        bench("uk-hmt 2018-04-13", runs, imp(new UkHmtImporter(), TestFiles.bundled("uk-hmt", "2018-04-13", "sanctionsconlist.csv.gz")));
        bench("us-bis-dpl 2023-11", runs, imp(new DplImporter(), TestFiles.bundled("us-bis-dpl", "2023-11-28", "dpl.txt.gz")));
        long t = System.nanoTime();
        List<SourcePart> all = BundledLists.all();
        long ms = (System.nanoTime() - t) / 1_000_000;
        long entities = all.stream().mapToLong(p -> p.entities().size()).sum();
        long names = all.stream().flatMap(p -> p.entities().stream()).mapToLong(e -> e.names().size()).sum();
        Snapshot s = Embedded.snapshot();
        long sNames = s.entities().stream().mapToLong(e -> e.names().size()).sum();
        System.out.printf("bundled default: %d parts, %d entities, %d names before reconciling (BundledLists.all %d ms, warm)%n",
                all.size(), entities, names, ms);
        System.out.printf("embedded snapshot (regime + lists, reconciled): %d entities, %d names, %d measures%n",
                s.entities().size(), sNames, s.measures().size());
    }

    static Callable<Object> imp(ListImporter i, List<ListFile> files) {
        return () -> i.importFiles(files, null).part();
    }

    static void bench(String label, int runs, Callable<Object> task) throws Exception {
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            task.call();
        }
        long[] ns = new long[runs];
        long alloc = 0;
        long[] cpu = new long[runs];
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long a0 = mx.getCurrentThreadAllocatedBytes();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.call();
            ns[i] = System.nanoTime() - t0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            alloc = mx.getCurrentThreadAllocatedBytes() - a0;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Object kept = task.call();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%-36s wall min %7.1f ms  median %7.1f ms | cpu min %7.1f ms  median %7.1f ms | alloc %6.1f MB  retained ~%5.1f MB%n",
                label, ns[0] / 1e6, ns[runs / 2] / 1e6, cpu[0] / 1e6, cpu[runs / 2] / 1e6, alloc / 1e6, (after - before) / 1e6);
        if (kept.hashCode() == 42) {
            System.out.print("");
        }
    }
}
