// The libgit2 C API (Debian's libgit2-dev, 1.5.x) for LabGit.
//
// Only LabGit imports this module, with `internal import`, so no C type appears in a
// public Swift API.
#ifndef LABKIT_CLIBGIT2_SHIM_H
#define LABKIT_CLIBGIT2_SHIM_H

#include <git2.h>

#endif
