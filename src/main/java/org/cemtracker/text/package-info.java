/**
 * Text analysis of what respondents wrote: comment themes, with Apache Lucene's analyzers for
 * tokens, stop words and stemming in each comment's language. Pure: it sees only the comments it is
 * given, which the disclosure layer has released.
 */
package org.cemtracker.text;
