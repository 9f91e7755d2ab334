package dev.keyhaven.cli;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** The words the command line accepts for purpose, environment and region, with helpful refusals. */
final class Choices {

    private Choices() {
    }

    static String word(Purpose purpose) {
        return purpose == Purpose.READ_ONLY ? "read-only" : "trading";
    }

    static String word(Environment environment) {
        return environment.name().toLowerCase(Locale.ROOT);
    }

    static String word(Region region) {
        return region.name().toLowerCase(Locale.ROOT);
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class PurposeConverter implements CommandLine.ITypeConverter<Purpose> {
        @Override
        public Purpose convert(String text) {
            return switch (normalised(text)) {
                case "trading", "trade" -> Purpose.TRADING;
                case "read-only", "readonly", "read" -> Purpose.READ_ONLY;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not a purpose: use trading (a bot that trades) or read-only (a journal or tracker).");
            };
        }
    }

    static final class EnvironmentConverter implements CommandLine.ITypeConverter<Environment> {
        @Override
        public Environment convert(String text) {
            return switch (normalised(text)) {
                case "live" -> Environment.LIVE;
                case "demo" -> Environment.DEMO;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not an environment: use live or demo (a key made under Demo trading).");
            };
        }
    }

    static final class RegionConverter implements CommandLine.ITypeConverter<Region> {
        @Override
        public Region convert(String text) {
            return switch (normalised(text)) {
                case "global" -> Region.GLOBAL;
                case "eea" -> Region.EEA;
                case "us" -> Region.US;
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not a region: use global "
                        + "(you log in at okx.com), eea (my.okx.com) or us (app.okx.com).");
            };
        }
    }

    static final class PurposeWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("trading", "read-only").iterator();
        }
    }

    static final class EnvironmentWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("live", "demo").iterator();
        }
    }

    static final class RegionWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("global", "eea", "us").iterator();
        }
    }
}
