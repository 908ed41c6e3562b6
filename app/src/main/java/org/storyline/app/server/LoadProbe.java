package org.storyline.app.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * A bounded load test of the workbench API on loopback: {@code clients} concurrent clients each
 * send {@code requestsPerClient} GET requests, cycling through a list of paths, then stop (or stop
 * at the deadline). Only loopback addresses are accepted as targets.
 */
public final class LoadProbe {
  /** What a run measured. */
  public record Result(int clients, int requests, int errors, double seconds, double requestsPerSecond,
      double p50Millis, double p99Millis, double maxMillis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d clients, %d requests, %d errors in %.2f s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
          clients, requests, errors, seconds, requestsPerSecond, p50Millis, p99Millis, maxMillis);
    }
  }

  private LoadProbe() {}

  /** Runs the load against {@code base} (a loopback http URI). */
  public static Result run(URI base, List<String> paths, int clients, int requestsPerClient, Duration deadline)
      throws InterruptedException {
    requireLoopback(base);
    if (clients < 1 || clients > 200 || requestsPerClient < 1 || requestsPerClient > 10_000 || paths.isEmpty()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "load: 1..200 clients, 1..10000 requests each, some paths");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    long[] latencies = new long[clients * requestsPerClient];
    AtomicInteger done = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long stopAt = System.nanoTime() + deadline.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < requestsPerClient && System.nanoTime() < stopAt; i++) {
          String path = paths.get((client + i) % paths.size());
          HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies[done.getAndIncrement()] = System.nanoTime() - s;
        }
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(deadline.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int n = done.get();
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new Result(clients, n, errors.get(), seconds, n / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
        n == 0 ? 0 : sorted[n - 1] / 1e6);
  }

  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static void requireLoopback(URI base) {
    try {
      if (!"http".equals(base.getScheme()) || base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "load probe targets loopback http only, got " + base);
      }
    } catch (UnknownHostException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "unknown host in " + base);
    }
  }

  /** The request mix: lists, records by id, trails and search. */
  public static List<String> paths(StoreSnapshot s) {
    List<String> out = new ArrayList<>(List.of("/api/events", "/api/events?status=confirmed", "/api/claims?limit=100",
        "/api/documents", "/api/entities?type=STATE", "/api/trails", "/api/search?q=missile", "/api/summary"));
    s.events().stream().limit(8).forEach(e -> out.add("/api/events/" + e.id()));
    s.documents().stream().limit(4).forEach(d -> out.add("/api/documents/" + d.article().id()));
    s.entities().stream().limit(4).forEach(e -> out.add("/api/entities/" + e.id()));
    return out;
  }

  /**
   * {@code LoadProbe STORE [CLIENTS=50] [REQUESTS_PER_CLIENT=200]}: serves the store on a free
   * loopback port, runs the load once to warm up and once to measure, prints the figures.
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LoadProbe STORE_DIR [CLIENTS=50] [REQUESTS_PER_CLIENT=200]");
      System.exit(2);
    }
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int per = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    try (StoreSnapshot s = StoreSnapshot.load(Path.of(args[0]));
         WorkbenchServer server = WorkbenchServer.create(s, ServerOptions.loopback())) {
      URI base = URI.create("http://127.0.0.1:" + server.start() + "/");
      List<String> paths = paths(s);
      System.out.println("warm-up: " + run(base, paths, clients, Math.max(1, per / 4), Duration.ofMinutes(2)));
      System.out.println("measured: " + run(base, paths, clients, per, Duration.ofMinutes(5)));
    }
  }
}
