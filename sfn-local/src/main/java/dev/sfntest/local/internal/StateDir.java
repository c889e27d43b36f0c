package dev.sfntest.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SavedDefinitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The directory of {@code sfn-local serve --state-dir}: one file, {@code definitions.json}, holding
 * the fake's state machines, versions, aliases, activities and tags ({@code SavedDefinitions}'
 * definitions). It is replaced whole after every request that changes them, before that request is
 * answered: written to a temporary file, forced to disk, and moved over the old one in one atomic
 * step, so that a process killed at any moment leaves either the state before the request or the
 * state after it, and every change a client saw answered is there.
 *
 * <pre>{@code
 * StateDir dir = StateDir.open(Path.of("sfn-state"));
 * dir.restoreInto(fakeClient);
 * SfnClient served = dir.persisting(fakeClient);   // what the HTTP server calls
 * }</pre>
 */
public final class StateDir {

  /** The file the definitions are saved in. */
  public static final String FILE = "definitions.json";

  /** The operations that change what is saved; only after these is the file written. */
  private static final Set<String> CHANGES = Set.of("createStateMachine", "updateStateMachine",
      "deleteStateMachine", "publishStateMachineVersion", "deleteStateMachineVersion", "createStateMachineAlias",
      "updateStateMachineAlias", "deleteStateMachineAlias", "createActivity", "deleteActivity", "tagResource",
      "untagResource");

  private final Path dir;
  private final Path file;

  private StateDir(Path dir) {
    this.dir = dir;
    this.file = dir.resolve(FILE);
  }

  /**
   * The directory, created when missing.
   *
   * @throws UncheckedIOException when it cannot be created
   */
  public static StateDir open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use " + dir + " as the state directory: " + e.getMessage(), e);
    }
    return new StateDir(dir);
  }

  /**
   * Restores what the directory holds into a fake that has no definitions yet; nothing when it
   * holds nothing (a first start).
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or restored
   */
  public void restoreInto(SfnClient fake) {
    if (!Files.exists(file)) {
      return;
    }
    try {
      JsonNode saved = JsonValues.parse(Files.readString(file, StandardCharsets.UTF_8));
      SavedDefinitions.restore(fake, saved);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot restore the state saved in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Saves the fake's definitions now, atomically (see the class comment). */
  public synchronized void save(SfnClient fake) {
    // Taken inside the monitor: of two changes saved one after the other, the later save holds both.
    byte[] bytes = JsonValues.write(SavedDefinitions.save(fake)).getBytes(StandardCharsets.UTF_8);
    Path temporary = dir.resolve(FILE + ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the state in " + file + ": " + e.getMessage(), e);
    }
  }

  /** The rename itself is made durable by forcing the directory (where the platform allows it). */
  private void forceDirectory() {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every file system opens a directory: the move is atomic all the same
    }
  }

  /**
   * The fake's client, saving the definitions after each request that changes them, before it
   * returns (so before the HTTP answer goes out). A request that fails changes nothing and saves
   * nothing.
   */
  public SfnClient persisting(SfnClient fake) {
    return (SfnClient) Proxy.newProxyInstance(SfnClient.class.getClassLoader(), new Class<?>[] {SfnClient.class},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(fake, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (CHANGES.contains(method.getName())) {
            save(fake);
          }
          return result;
        });
  }
}
