package jnode.runtime;

import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Every source the runtime compiled, by the name stack traces show for it, so an uncaught error
 * can be reported with the offending source line as Node does.
 */
final class SourceRegistry {
    private final Map<String, Source> byName = new HashMap<>();

    Source create(String code, String name) {
        Source source = Source.newBuilder("js", code, name).buildLiteral();
        byName.put(name, source);
        return source;
    }

    /** The text of line {@code line} (1-based) of the named source, or null if unknown. */
    String line(String name, int line) {
        Source s = byName.get(name);
        if (s != null) {
            return line >= 1 && line <= s.getLineCount() ? s.getCharacters(line).toString() : null;
        }
        // Code not compiled through us (rare): fall back to the file on disk.
        try {
            var lines = Files.readAllLines(Path.of(name));
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
