package graphsvc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in-process with its Bolt server on 127.0.0.1, for tests and development.
 *
 * <p>Options (each also readable from an environment variable):
 * <ul>
 *   <li>{@code --home DIR} (NEO4J_LAUNCHER_HOME): where the database files go (required)</li>
 *   <li>{@code --port N} (NEO4J_LAUNCHER_PORT): Bolt port; 0 (default) picks a free one</li>
 *   <li>{@code --import-dir DIR} (NEO4J_LAUNCHER_IMPORT_DIR): the only folder LOAD CSV may
 *       read, as {@code file:///name.csv}; default HOME/import</li>
 *   <li>{@code --port-file FILE} (NEO4J_LAUNCHER_PORT_FILE): written with the bound Bolt port
 *       once the server listens</li>
 *   <li>{@code --pagecache-mb N} (NEO4J_LAUNCHER_PAGECACHE_MB): page cache size, default 128</li>
 *   <li>{@code --exit-on-stdin-eof}: stop when standard input closes (the parent went away)</li>
 * </ul>
 * Authentication and TLS are disabled: this server is for a developer's own machine only.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        String homeText = option(opts, "home", "NEO4J_LAUNCHER_HOME", null);
        if (homeText == null) {
            System.err.println("usage: Neo4jLauncher --home DIR [--port N] [--import-dir DIR]"
                    + " [--port-file FILE] [--pagecache-mb N] [--exit-on-stdin-eof]");
            System.exit(2);
        }
        Path home = Path.of(homeText).toAbsolutePath();
        int port = Integer.parseInt(option(opts, "port", "NEO4J_LAUNCHER_PORT", "0"));
        Path importDir = Path.of(option(opts, "import-dir", "NEO4J_LAUNCHER_IMPORT_DIR",
                home.resolve("import").toString())).toAbsolutePath();
        String portFile = option(opts, "port-file", "NEO4J_LAUNCHER_PORT_FILE", null);
        long pagecacheMb = Long.parseLong(option(opts, "pagecache-mb", "NEO4J_LAUNCHER_PAGECACHE_MB", "128"));
        Files.createDirectories(home);
        Files.createDirectories(importDir);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                // a developer server: stop in about a second, never phone home
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-launcher: shutting down");
            service.shutdown();
            System.out.println("neo4j-launcher: stopped");
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int bound = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        if (portFile != null) {
            writeAtomically(Path.of(portFile), bound + "\n");
        }
        System.out.println("neo4j-launcher: bolt://127.0.0.1:" + bound + " import-dir=" + importDir);
        System.out.flush();

        if (opts.containsKey("exit-on-stdin-eof")) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.out.println("neo4j-launcher: stdin closed");
                System.exit(0);
            }, "neo4j-launcher-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + name);
            }
            name = name.substring(2);
            if (name.equals("exit-on-stdin-eof")) {
                opts.put(name, "true");
            } else if (i + 1 < args.length) {
                opts.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return opts;
    }

    private static String option(Map<String, String> opts, String name, String env, String fallback) {
        String value = opts.get(name);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // discard: only the end of the stream matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone, too
        }
    }
}
