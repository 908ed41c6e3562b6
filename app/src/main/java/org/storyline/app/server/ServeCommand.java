package org.storyline.app.server;

import org.storyline.app.cli.StoreLocationConverter;
import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline serve --store DIR [--port 8080] [--host 127.0.0.1] [--token T]}: the workbench. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the workbench (web UI and JSON API) over a store; loopback only unless --token is given.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database")
  StoreLocation store;

  @Option(names = "--port", defaultValue = "8080", description = "port to listen on, 0 for any free one (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE}); any non-loopback address needs --token")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:STORYLINE_TOKEN}",
      description = "bearer token required on /api and /openapi.json (16+ characters; default: $STORYLINE_TOKEN, "
      + "which keeps it out of the process list); the UI takes it once from the page address as ?token=TOKEN")
  String token;

  @Override
  public Integer call() throws InterruptedException {
    ServerOptions options = new ServerOptions(host, port, token);
    StoreSnapshot snapshot = StoreSnapshot.load(store);
    WorkbenchServer server = WorkbenchServer.create(snapshot, options);
    int bound = server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.out.printf("storyline workbench: http://%s:%d/ (%d documents, %d events); Ctrl-C stops%n",
        host.contains(":") ? "[" + host + "]" : host, bound, snapshot.documents().size(), snapshot.events().size());
    stopped.await();
    return 0;
  }
}
