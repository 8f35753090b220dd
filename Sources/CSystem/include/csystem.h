#ifndef CSYSTEM_H
#define CSYSTEM_H

/// Swaps the paths `a` and `b` in one step (renameat2 with RENAME_EXCHANGE): both must exist.
/// Returns 0, or -1 with errno set. Linux 3.15 and later.
int csystem_exchange(const char *a, const char *b);

#endif
