/**
 * What a consultant hands over: the board report of a closed campaign as PDF, drawn on the server
 * (OpenPDF, with JFreeChart charts as vectors), from the released figures only — the results, the
 * comments and the counts that disclosure control lets through, never raw answers.
 */
package org.cemtracker.report;
