package dev.keyhaven.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Byte copies that reach the disk before they count, and their SHA-256 to compare them. */
final class SyncedFiles {

    private SyncedFiles() {
    }

    /** Copies {@code from} into the existing file {@code to} (keeping its permissions), synced; returns the SHA-256. */
    static byte[] copyBytes(Path from, Path to) throws IOException {
        return copyBytes(from, to, new java.nio.file.LinkOption[0]);
    }

    /** As {@link #copyBytes(Path, Path)}; a link at {@code from}'s own name (a backup's) is refused, not followed. */
    static byte[] copyBytesNotFollowingLinks(Path from, Path to) throws IOException {
        return copyBytes(from, to, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static byte[] copyBytes(Path from, Path to, java.nio.file.LinkOption... links) throws IOException {
        if (!Files.isRegularFile(from, links)) {
            throw new IOException(from.getFileName() + " is not a regular file");
        }
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from, links), digest);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
        force(to);
        return digest.digest();
    }

    /** The SHA-256 of the file at {@code file}'s own name: a link there is refused, not followed. */
    static byte[] sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable. Some systems (Windows) cannot open a folder for syncing: they need not. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // the rename is still atomic; only its durability across a power cut is up to the system
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is removed before the next backup
        }
    }
}
