package io.interdict.server;

import io.javalin.router.JavalinDefaultRouting;

/**
 * Pages mounted beside the API (the web console): they sign callers in and render errors their own
 * way, so they are registered as plain Javalin handlers, not as API {@code Route}s.
 */
@FunctionalInterface
public interface ServerExtension {
    void mount(JavalinDefaultRouting router, Api api);
}
