"""kg: a knowledge-graph builder and explorer for Korean business news."""
