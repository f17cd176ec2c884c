package jnode.runtime;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats an uncaught exception the way Node prints it on stderr before exiting:
 * <pre>
 * /path/file.js:LINE
 * the source line
 *       ^
 * Error: message
 *     at frames...
 * </pre>
 * For an Error object the location is where it was created (its first stack frame), as V8
 * reports it; for a syntax error, the offending token; for any other thrown value, the throw.
 */
final class ErrorReporter {
    // "    at fn (file:line:col)" or "    at file:line:col"
    private static final Pattern FRAME = Pattern.compile("^\\s+at (?:.*\\()?(.+?):(\\d+):(\\d+)\\)?$", Pattern.MULTILINE);

    private final SourceRegistry sources;
    private final Value stringFn;

    ErrorReporter(SourceRegistry sources, Value stringFn) {
        this.sources = sources;
        this.stringFn = stringFn;
    }

    String format(PolyglotException e) {
        Value err = e.isHostException() ? null : e.getGuestObject();
        StringBuilder out = new StringBuilder();
        appendLocation(out, e, err);
        out.append(describe(e, err)).append('\n');
        return out.toString();
    }

    private void appendLocation(StringBuilder out, PolyglotException e, Value err) {
        String file = null;
        int line = 0;
        int column = 0;
        int width = 1;
        SourceSection at = e.getSourceLocation();
        String stack = stackOf(err);
        Matcher frame = stack == null || e.isSyntaxError() ? null : FRAME.matcher(stack);
        if (frame != null && frame.find()) {
            file = frame.group(1);
            line = Integer.parseInt(frame.group(2));
            column = Integer.parseInt(frame.group(3));
        } else if (at != null && at.isAvailable() && at.hasLines()) {
            file = at.getSource().getName();
            line = at.getStartLine();
            column = at.hasColumns() ? at.getStartColumn() : 1;
            if (e.isSyntaxError() && at.hasColumns() && at.getEndLine() == line) {
                width = Math.max(1, at.getEndColumn() - at.getStartColumn() + 1);
            }
        }
        if (file == null) return;
        String text = sources.line(file, line);
        out.append('\n').append(file).append(':').append(line).append('\n');
        if (text == null) return;
        out.append(text).append('\n');
        StringBuilder underline = new StringBuilder();
        for (int i = 0; i < column - 1 && i < text.length(); i++) {
            underline.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        int room = Math.max(1, text.length() - (column - 1));
        underline.append("^".repeat(Math.min(width, room)));
        out.append(underline).append('\n');
    }

    private static String stackOf(Value err) {
        try {
            if (err != null && err.hasMembers()) {
                Value stack = err.getMember("stack");
                if (stack != null && stack.isString() && !stack.asString().isEmpty()) return stack.asString();
            }
        } catch (PolyglotException ignored) {
            // a throwing 'stack' getter: report without it
        }
        return null;
    }

    private String describe(PolyglotException e, Value err) {
        if (err == null) {
            return "Error: " + (e.getMessage() == null ? "internal error" : e.getMessage());
        }
        String stack = stackOf(err);
        if (stack != null) return stack;
        try {
            if (err.hasMembers()) {
                Value name = err.getMember("name");
                Value message = err.getMember("message");
                if (name != null && !name.isNull() && message != null && !message.isNull()) {
                    return stringFn.execute(name).asString() + ": " + stringFn.execute(message).asString();
                }
            }
            return stringFn.execute(err).asString();
        } catch (PolyglotException inner) {
            return "[uncaught exception that cannot be printed]";
        }
    }
}
