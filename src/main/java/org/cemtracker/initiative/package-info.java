/**
 * Transformation initiatives (DESIGN §2, §5): their plan (owner, sponsor, targets, dates,
 * milestones, KPIs), their tracking (status, RAG, check-ins, measurements), the recommendations
 * they start from, and their impact after the next wave (a difference in differences, §8).
 */
package org.cemtracker.initiative;
