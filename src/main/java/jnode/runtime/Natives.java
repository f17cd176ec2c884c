package jnode.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The JavaScript sources of the core modules (lib/*.js), by module id ("fs", "internal/bootstrap").
 * They ship inside jnode's classes as resources; a source checkout's launcher points
 * {@code jnode.lib} at lib/ so edits to the JavaScript take effect without a rebuild.
 */
public final class Natives {
    private static final String RESOURCE_ROOT = "jnode/lib/";
    private final Path libDir;
    private final Map<String, String> cache = new HashMap<>();

    Natives() {
        String dir = System.getProperty("jnode.lib");
        this.libDir = dir != null && Files.isDirectory(Path.of(dir)) ? Path.of(dir) : null;
    }

    /** The source of module {@code id}, or null if there is no such core module. */
    public String source(String id) {
        if (!validId(id)) return null;
        return cache.computeIfAbsent(id, this::read);
    }

    public boolean exists(String id) {
        return source(id) != null;
    }

    /** Core module ids are plain names ("fs", "_stream_readable", "internal/bootstrap"), never paths. */
    private static boolean validId(String id) {
        return id != null && id.matches("[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*");
    }

    private String read(String id) {
        try {
            if (libDir != null) {
                Path p = libDir.resolve(id + ".js");
                return Files.isRegularFile(p) ? Files.readString(p) : null;
            }
            try (InputStream in = Natives.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + id + ".js")) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of all public core modules (internal/ ones excluded), sorted. */
    public List<String> publicIds() {
        TreeSet<String> ids = new TreeSet<>();
        try {
            if (libDir != null) {
                collect(libDir, ids);
            } else {
                var url = Natives.class.getClassLoader().getResource(RESOURCE_ROOT);
                if (url == null) return List.of();
                if (url.getProtocol().equals("jar")) {
                    try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                        collect(fs.getPath(RESOURCE_ROOT), ids);
                    }
                } else {
                    collect(Path.of(url.toURI()), ids);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list core modules", e);
        }
        return List.copyOf(ids);
    }

    private static void collect(Path dir, TreeSet<String> ids) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                 .filter(n -> n.endsWith(".js"))
                 .forEach(n -> ids.add(n.substring(0, n.length() - 3)));
        }
    }
}
