// The analysis queries (matrix, timeline, compare, coOccurrence, related): one import for schema.ts.
import './analysis-matrix';
import './analysis-timeline';
import './analysis-compare';
import './analysis-co-occurrence';
import './analysis-related';
