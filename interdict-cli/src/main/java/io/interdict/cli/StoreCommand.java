package io.interdict.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The plumbing every store-backed command shares: configuration, the store, and its own spec for output. */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;
}
