package com.motstudio.bench;

import com.motstudio.report.LogoImage;
import com.motstudio.testing.SingleColourPng;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Times reading a 16,000 × 16,000 PNG logo (under the 2 MB logo limit) at cover size (1,000 pixels)
 * and at thumbnail size (320), subsampled, and prints the median of each and the memory one decode
 * allocates. Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench=LogoDecodeBenchmark}.
 */
public final class LogoDecodeBenchmark {
    private static final int RUNS = 5;

    private LogoDecodeBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] png = SingleColourPng.of(16_000, 16_000, 0xC82828);
        System.out.printf("logo: 16000 x 16000 PNG, %d KB%n", png.length / 1024);
        for (int side : new int[] {1000, 320}) {
            double[] ms = new double[RUNS];
            long allocated = 0;
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            for (int run = 0; run < RUNS; run++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                LogoImage.fitted(png, side);
                ms[run] = (System.nanoTime() - start) / 1e6;
                allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
            }
            Arrays.sort(ms);
            System.out.printf("fitted to %d px: median %.0f ms (min %.0f, max %.0f), %d MB allocated per decode%n",
                    side, ms[RUNS / 2], ms[0], ms[RUNS - 1], allocated / (1024 * 1024));
        }
    }
}
