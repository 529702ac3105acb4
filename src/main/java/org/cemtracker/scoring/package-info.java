/**
 * The scoring engine of DESIGN §4: plain Java with no framework, so that the UI, the API, exports
 * and reports all compute the same numbers, and tests and benchmarks run it on its own.
 *
 * <p>It works on {@link org.cemtracker.scoring.Tally tallies}: per department and tier, the count
 * and sum of the answers to each question and the sums of the respondents' own scores. Every group
 * score of §4 can be computed from merged tallies, so results cost in proportion to cells, not to
 * answers.
 */
package org.cemtracker.scoring;
