package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reads the hand-worked examples in {@code src/test/resources/com/motstudio/method/} and compares
 * figures with them. An expected figure is a JSON number, null (no figure), or an exact expression
 * written as worked by hand: {@code "50/3"}, {@code "-1/3"}, {@code "sqrt(2/3)"}, {@code "1.65*sqrt(96/20)"}.
 */
final class WorkedExamples {
    static final double TOLERANCE = 1e-9;

    private WorkedExamples() {}

    static JsonNode load(String path) {
        try (InputStream in = WorkedExamples.class.getResourceAsStream("/com/motstudio/method/" + path)) {
            assertThat(in).as("worked example %s", path).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a figure against the expected value; null expects no figure. */
    static void assertFigure(Double actual, JsonNode expected, String what) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual).as(what).isCloseTo(value(expected), within(TOLERANCE));
        assertThat(Double.compare(actual, -0.0)).as("%s is not -0.0", what).isNotZero();
    }

    static double value(JsonNode expected) {
        return expected.isNumber() ? expected.asDouble() : new Expression(expected.asText()).parse();
    }

    /** A tiny parser for + − × ÷, sqrt() and parentheses, enough for hand-written fractions. */
    private static final class Expression {
        private final String text;
        private int at;

        Expression(String text) {
            this.text = text.replace(" ", "");
        }

        double parse() {
            double value = sum();
            if (at != text.length()) {
                throw new IllegalArgumentException("Cannot read " + text);
            }
            return value;
        }

        private double sum() {
            double value = product();
            while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                value = text.charAt(at++) == '+' ? value + product() : value - product();
            }
            return value;
        }

        private double product() {
            double value = factor();
            while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                value = text.charAt(at++) == '*' ? value * factor() : value / factor();
            }
            return value;
        }

        private double factor() {
            if (text.startsWith("-", at)) {
                at++;
                return -factor();
            }
            if (text.startsWith("sqrt(", at)) {
                at += 5;
                double inside = sum();
                at++; // ')'
                return Math.sqrt(inside);
            }
            if (text.startsWith("(", at)) {
                at++;
                double inside = sum();
                at++;
                return inside;
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            return Double.parseDouble(text.substring(start, at));
        }
    }
}
