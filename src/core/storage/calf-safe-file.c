/* calf-safe-file.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-storage"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calf-safe-file.h"

/* Links pointing at links: more than this is a loop. */
#define MAX_LINKS 32

static gboolean
fail_errno (GError     **error,
            int          saved_errno,
            const char  *path,
            gboolean     existed)
{
  if (existed)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: the first %s is a file name, the second why it failed. */
                 _("Could not write “%s”: %s. The file that was there is unchanged."),
                 path, g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: the first %s is a file name, the second a system error message. */
                 _("Could not write “%s”: %s."), path, g_strerror (saved_errno));
  return FALSE;
}

/* The file a path finally names, following symbolic links; it may not
 * exist yet (a new file, or a dangling link's target). */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      struct stat st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;
      if (!g_path_is_absolute (target))
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, target, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               /* Translators: %s is a file name. */
               _("Could not write “%s”: too many levels of symbolic links."), path);
  return NULL;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* Some file systems cannot sync a folder; the rename is done anyway. */
  if (fd >= 0)
    {
      if (fsync (fd) != 0 && errno != EINVAL && errno != EROFS)
        g_debug ("Could not flush the folder %s: %s", folder, g_strerror (errno));
      close (fd);
    }
}

gboolean
calf_safe_file_write (const char  *path,
                      const void  *data,
                      gsize        length,
                      guint        new_mode,
                      GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *temp = NULL;
  gboolean existed;
  struct stat st;
  guint mode;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;

  existed = g_stat (target, &st) == 0;
  if (existed && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: %s is a file name. */
                   _("Could not write “%s”: it is not a regular file."), path);
      return FALSE;
    }
  mode = existed ? (st.st_mode & 07777) : new_mode;

  folder = g_path_get_dirname (target);
  basename = g_path_get_basename (target);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, basename);

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return fail_errno (error, errno, path, existed);

  /* mkstemp's mode went through the umask: set the one wanted. */
  if (!write_all (fd, data, length) || fchmod (fd, mode) != 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, saved_errno, path, existed);
    }

  if (existed && (st.st_uid != getuid () || st.st_gid != getgid ()) && fchown (fd, st.st_uid, st.st_gid) != 0)
    g_debug ("Could not keep the owner of %s: %s", target, g_strerror (errno));

  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return fail_errno (error, saved_errno, path, existed);
    }

  sync_folder (folder);
  return TRUE;
}

gboolean
calf_safe_file_write_gfile (GFile   *file,
                            GBytes  *bytes,
                            guint    new_mode,
                            GError **error)
{
  const char *path;
  gsize length;
  const void *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  path = g_file_peek_path (file);
  if (path != NULL)
    return calf_safe_file_write (path, data, length, new_mode, error);

  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}
