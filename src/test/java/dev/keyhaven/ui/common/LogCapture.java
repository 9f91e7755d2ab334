package dev.keyhaven.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What Keyhaven logs from {@link #start} until {@link #close}, for tests that a failure is logged. */
public final class LogCapture implements AutoCloseable {

    private final Logger keyhaven = Logger.getLogger("dev.keyhaven");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.keyhaven.addHandler(capture.handler);
        return capture;
    }

    /** The records logged so far; kept after {@link #close}. */
    public List<LogRecord> records() {
        return records;
    }

    @Override
    public void close() {
        keyhaven.removeHandler(handler);
    }
}
