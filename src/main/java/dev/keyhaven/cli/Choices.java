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
        return switch (purpose) {
            case TRADING -> "trading";
            case READ_ONLY -> "read-only";
            case PLATFORM_TRADE -> "platform-trade";
            case PLATFORM_READ -> "platform-read";
        };
    }

    /**
     * The purpose from {@code --purpose} and, for a platform or service, {@code --access}: the access the platform
     * asked for, which the check then holds the key to. Never guessed: a platform without --access is refused.
     */
    static Purpose purpose(String purposeWord, String accessWord) {
        String purpose = normalised(purposeWord);
        boolean platform = purpose.equals("platform") || purpose.equals("service");
        if (accessWord == null && purpose.equals(word(Purpose.PLATFORM_TRADE))) {
            return Purpose.PLATFORM_TRADE;
        }
        if (accessWord == null && purpose.equals(word(Purpose.PLATFORM_READ))) {
            return Purpose.PLATFORM_READ;
        }
        if (!platform) {
            if (accessWord != null) {
                throw CliFailure.badInput("--access is only for --purpose platform: a trading key always has Read + "
                        + "Trade, a read-only key Read alone.");
            }
            try {
                return new PurposeConverter().convert(purposeWord);
            } catch (CommandLine.TypeConversionException refused) {
                throw CliFailure.badInput("--purpose: " + refused.getMessage());
            }
        }
        if (accessWord == null) {
            throw CliFailure.badInput("Say what the platform asked for: --access trade (Read + Trade) or --access read "
                    + "(Read only). Keyhaven then flags the key if OKX lets it do more or less. Never Withdraw.");
        }
        return switch (normalised(accessWord)) {
            case "trade", "read-trade", "read+trade" -> Purpose.PLATFORM_TRADE;
            case "read", "read-only", "readonly" -> Purpose.PLATFORM_READ;
            default -> throw CliFailure.badInput("'" + accessWord + "' is not an access: use trade (Read + Trade) or "
                    + "read (Read only), as the platform asks. Withdraw is never an option.");
        };
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
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not a purpose: use trading "
                        + "(your own bot that trades), read-only (a journal or tracker) or platform (a platform or "
                        + "service you give the key to, with --access).");
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
            return List.of("trading", "read-only", "platform").iterator();
        }
    }

    static final class AccessWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("trade", "read").iterator();
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
