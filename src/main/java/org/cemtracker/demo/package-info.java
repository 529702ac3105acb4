/**
 * Demo data: with {@code CEM_DEMO=true} the first start seeds a realistic organisation with two
 * waves of responses, so that a newcomer sees a full dashboard at once.
 */
package org.cemtracker.demo;
