package com.motstudio.method;

/**
 * The KANO figures of one need.
 *
 * @param counts   how many respondents' answer pairs fell in each category
 * @param category the most frequent category, ties broken M &gt; O &gt; A &gt; I &gt; R &gt; Q; null when nobody answered
 * @param better   (A + O) / (A + O + M + I), 0…1; null when A + O + M + I = 0
 * @param worse    −(O + M) / (A + O + M + I), −1…0; null likewise
 * @param fong     the Fong test of the category against the runner-up; null when nobody answered
 */
public record KanoNeedResult(
        String needId,
        KanoCounts counts,
        KanoCategory category,
        Double better,
        Double worse,
        FongTest fong) {

    /** Answer pairs per category. */
    public record KanoCounts(int attractive, int oneDimensional, int mustBe, int indifferent, int reverse, int questionable) {
        public int of(KanoCategory category) {
            return switch (category) {
                case ATTRACTIVE -> attractive;
                case ONE_DIMENSIONAL -> oneDimensional;
                case MUST_BE -> mustBe;
                case INDIFFERENT -> indifferent;
                case REVERSE -> reverse;
                case QUESTIONABLE -> questionable;
            };
        }

        /** Every classified pair, R and Q included: the n of the Fong test. */
        public int total() {
            return attractive + oneDimensional + mustBe + indifferent + reverse + questionable;
        }
    }

    /**
     * Fong (1996): the top category is significant unless |m1 − m2| &lt; 1.65·√((m1 + m2)(2n − m1 − m2) / (2n)).
     *
     * @param top        m1, the count of the category
     * @param second     m2, the second-highest count (0 when only one category occurs)
     * @param difference |m1 − m2|
     * @param threshold  1.65·√((m1 + m2)(2n − m1 − m2) / (2n))
     */
    public record FongTest(int top, int second, int answers, double difference, double threshold, boolean significant) {}
}
