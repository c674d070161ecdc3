#ifndef TORV_SYSTEM_H
#define TORV_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL/ENOSYS where the file system or kernel
/// does not support it).
int torv_rename_exchange(const char *from, const char *to);

#endif
