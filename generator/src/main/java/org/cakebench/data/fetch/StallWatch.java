package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Abandons transfers that stop delivering bytes. The JDK HTTP client times out waiting for headers
 * but not a body that stalls half-way, so a watchdog closes streams that have been silent for
 * longer than the stall timeout; the reader then sees a retryable failure.
 */
final class StallWatch implements AutoCloseable {
  private final long timeoutNanos;
  private final Set<Transfer> active = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fetch-stall-watch");
            t.setDaemon(true);
            return t;
          });

  StallWatch(Duration timeout) {
    this.timeoutNanos = timeout.toNanos();
    long tick = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
    timer.scheduleAtFixedRate(this::abandonStalled, tick, tick, TimeUnit.MILLISECONDS);
  }

  /** Starts watching reads from {@code in}. */
  Transfer watch(InputStream in, String name) {
    Transfer t = new Transfer(in, name);
    active.add(t);
    return t;
  }

  private void abandonStalled() {
    long now = System.nanoTime();
    for (Transfer t : active) {
      if (now - t.lastProgress > timeoutNanos) {
        t.abandon();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One watched stream; reads fail with a retryable {@link FetchException} once abandoned. */
  final class Transfer implements AutoCloseable {
    private final InputStream in;
    private final String name;
    private final Thread reader = Thread.currentThread();
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean abandoned;
    private boolean closed;

    private Transfer(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    int read(byte[] buffer) throws FetchException {
      try {
        int n = in.read(buffer);
        lastProgress = System.nanoTime();
        if (abandoned) {
          throw stalled();
        }
        return n;
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        if (abandoned) {
          Thread.interrupted(); // clear the watchdog's interrupt before a retry
          throw stalled();
        }
        throw new FetchException("transfer of " + name + " broke off: " + e.getMessage(), true);
      }
    }

    private FetchException stalled() {
      return new FetchException(
          "stalled: no data for " + Duration.ofNanos(timeoutNanos).toMillis() / 1000.0 + " s",
          true);
    }

    // abandon() runs on the watchdog thread, close() on the reader's: both under this lock, so
    // a watchdog firing as a transfer ends can never interrupt the reader's next request.
    private synchronized void abandon() {
      if (closed) {
        return;
      }
      abandoned = true;
      // Closing alone may not wake a read blocked inside the HTTP client; an interrupt does.
      reader.interrupt();
      try {
        in.close();
      } catch (IOException e) {
        // closing is how we abort; a failure to close changes nothing
      }
    }

    @Override
    public synchronized void close() {
      closed = true;
      active.remove(this);
      if (abandoned) {
        Thread.interrupted(); // the reader's own thread: clear an interrupt it did not consume
      }
    }
  }
}
