package org.storyline.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * Where the workbench listens and who may call it.
 *
 * @param host the address to bind; a non-loopback address requires a token
 * @param port the port, 0 for any free one
 * @param token the bearer token API calls must carry, or null (loopback only)
 */
public record ServerOptions(String host, int port, String token) {
  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--host must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--port must be 0..65535, got " + port);
    }
    if (token != null && (token.length() < 16 || !token.matches("[\\x21-\\x7e]+"))) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--token must be 16 or more printable characters without spaces");
    }
    if (token == null && !loopback(host)) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "serving on " + host + " (not loopback) needs --token; clients then send 'Authorization: Bearer <token>'");
    }
  }

  /** Loopback on an ephemeral port, no token: for tests. */
  public static ServerOptions loopback() {
    return new ServerOptions("127.0.0.1", 0, null);
  }

  static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "unknown host " + host);
    }
  }
}
