package dev.keyhaven;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the benchmarks that check the speed and memory targets and print their figures:
 * {@code ./mvnw -q -DskipTests test-compile exec:java@bench -Dbench=NAME} with NAME one of the keys
 * below, or {@code all}. Each benchmark is a class with a {@code main} method.
 */
public final class Benchmarks {

    private static final Map<String, String> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("vault", "dev.keyhaven.vault.VaultBenchmark");
        BENCHMARKS.put("check", "dev.keyhaven.keys.CheckBenchmark");
        BENCHMARKS.put("ui", "dev.keyhaven.ui.UiBenchmark");
        BENCHMARKS.put("startup", "dev.keyhaven.ui.StartupBenchmark");
        BENCHMARKS.put("keypage", "dev.keyhaven.ui.KeyPageBenchmark");
        BENCHMARKS.put("gateway", "dev.keyhaven.gateway.GatewayBenchmark");
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String wanted = args.length == 0 ? "all" : args[0];
        if (!wanted.equals("all") && !BENCHMARKS.containsKey(wanted)) {
            System.err.println("No benchmark named '" + wanted + "'. Choose one of " + BENCHMARKS.keySet() + " or all.");
            System.exit(2);
        }
        for (Map.Entry<String, String> benchmark : BENCHMARKS.entrySet()) {
            if (wanted.equals("all") || wanted.equals(benchmark.getKey())) {
                System.out.println("== " + benchmark.getKey() + " ==");
                Class<?> type;
                try {
                    type = Class.forName(benchmark.getValue());
                } catch (ClassNotFoundException e) {
                    System.out.println("(not in this build)");
                    continue;
                }
                Method main = type.getMethod("main", String[].class);
                main.invoke(null, (Object) new String[0]);
            }
        }
        System.exit(0);
    }
}
