package org.storyline.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.storyline.app.server.api.ApiError;
import org.storyline.app.server.api.ApiRoutes;
import org.storyline.app.server.api.JsonViews;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench HTTP server: the JSON API of {@link ApiRoutes} and the web UI (static files from
 * {@code /web} in the jar) over one {@link StoreSnapshot}. Every answer carries a strict
 * Content-Security-Policy (scripts and styles from this server only, no inline script), and
 * request bodies are capped.
 */
public final class WorkbenchServer implements AutoCloseable {
  /** The Content-Security-Policy of every answer. */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** Largest request body accepted by Jetty, in bytes. */
  public static final long MAX_REQUEST = 16 * 1024;
  private static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cache-Control", "no-store");
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);

  private final Javalin app;
  private final StoreSnapshot snapshot;
  private final ServerOptions options;

  private WorkbenchServer(StoreSnapshot snapshot, ServerOptions options) {
    this.snapshot = snapshot;
    this.options = options;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = HEADERS;
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
      });
    });
    app.before(ctx -> HEADERS.forEach(ctx::header));
    if (options.token() == null) {
      // no token means loopback only: refuse other Host names (DNS rebinding) and cross-site writes
      app.before(WorkbenchServer::requireLocalHost);
    }
    app.before("/api/*", WorkbenchServer::requireJsonWrites);
    if (options.token() != null) {
      app.before("/api/*", this::requireToken);
      app.before("/openapi.json", this::requireToken);
    }
    new ApiRoutes(snapshot, new CorrectionLog(snapshot.location())).register(app);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(StorylineException.class, (e, ctx) -> {
      if (e.code() == ErrorCode.INVALID_ARGUMENT) {
        error(ctx, 400, e.getMessage());
      } else {
        LOG.warn("request {} failed: {}", ctx.path(), e.toString());
        error(ctx, 500, "internal error");
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.warn("request {} failed", ctx.path(), e);
      error(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      if (!ctx.result().isEmpty() && ctx.res().getContentType() != null && ctx.res().getContentType().startsWith("application/json")) {
        return;
      }
      error(ctx, 404, "no such resource: " + ctx.path());
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed on " + ctx.path()));
  }

  private static final java.util.Set<String> LOCAL_HOSTS = java.util.Set.of("localhost", "127.0.0.1", "[::1]");

  /**
   * On a server without token, a request must name a loopback host: a page on another site whose
   * name was rebound to 127.0.0.1 sends its own name and is refused (403).
   */
  static void requireLocalHost(io.javalin.http.Context ctx) {
    String host = ctx.header("Host");
    String name = host == null ? "" : host.replaceFirst(":[0-9]+$", "").toLowerCase(java.util.Locale.ROOT);
    if (!LOCAL_HOSTS.contains(name)) {
      throw new ApiError(403, "this server answers only requests to localhost, 127.0.0.1 or [::1]");
    }
  }

  /**
   * Writes must be JSON (a cross-site form or text/plain post cannot set that without a CORS
   * preflight, which this server never grants) and, if the browser names an origin, come from this
   * server's own origin.
   */
  static void requireJsonWrites(io.javalin.http.Context ctx) {
    if (!"POST".equals(ctx.method().name())) {
      return;
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(415, "writes must be sent as application/json");
    }
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host) && !origin.equalsIgnoreCase("https://" + host))) {
      throw new ApiError(403, "cross-origin write refused from " + origin);
    }
  }

  /** Builds (but does not start) a server over the snapshot. */
  public static WorkbenchServer create(StoreSnapshot snapshot, ServerOptions options) {
    return new WorkbenchServer(snapshot, options);
  }

  /** Starts listening; returns the port (the one chosen when the options say 0). */
  public int start() {
    app.start(options.host(), options.port());
    return app.port();
  }

  /** The bound port, after {@link #start()}. */
  public int port() {
    return app.port();
  }

  public StoreSnapshot snapshot() {
    return snapshot;
  }

  private void requireToken(Context ctx) {
    String auth = ctx.header("Authorization");
    byte[] expected = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
    if (auth == null || !MessageDigest.isEqual(expected, auth.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "missing or wrong bearer token");
    }
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("error", message == null || message.isBlank() ? "error " + status : message);
    n.put("status", status);
    ctx.status(status);
    try {
      ApiRoutes.send(ctx, n);
    } catch (java.io.IOException e) {
      ctx.result("{\"error\":\"internal error\",\"status\":500}");
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
