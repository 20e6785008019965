/* calf-pdf-language.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "calf-pdf-language.h"

/* cairo has no way to name a document's language, so it is added after
 * cairo has written the file, the way a PDF editor saves a change (PDF
 * 1.7, 7.5.6 "Incremental Updates"): a new version of the catalogue and a
 * cross-reference table for it are appended, and nothing written moves.
 * cairo 1.16 writes the catalogue as a plain object; cairo 1.18 packs it
 * into a compressed object stream (7.5.7), read here with zlib. */

typedef struct
{
  const char *start;
  const char *end;
} Span;

/* The last occurrence of @needle in @span, or NULL. */
static const char *
find_last (Span        span,
           const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = span.end - n; p >= span.start; p--)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* The first occurrence of @needle in @span, or NULL. */
static const char *
find (Span        span,
      const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = span.start; p + n <= span.end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* The whole number after @key in @span ("/Size 12"), or FALSE. */
static gboolean
find_number (Span        span,
             const char *key,
             guint64    *number)
{
  const char *p = find (span, key);
  char *after;

  if (p == NULL)
    return FALSE;
  p += strlen (key);
  *number = g_ascii_strtoull (p, &after, 10);
  return after != p && after <= span.end;
}

/* "/Key 12 0 R" in @span: the object's number and generation. */
static gboolean
find_reference (Span        span,
                const char *key,
                guint64    *number,
                guint64    *generation)
{
  const char *p = find (span, key);
  char *after;

  if (p == NULL)
    return FALSE;
  p += strlen (key);
  *number = g_ascii_strtoull (p, &after, 10);
  if (after == p)
    return FALSE;
  p = after;
  *generation = g_ascii_strtoull (p, &after, 10);
  return after != p && *number > 0;
}

/* @span without white space at either end. */
static Span
trim (Span span)
{
  while (span.start < span.end && g_ascii_isspace (*span.start))
    span.start++;
  while (span.end > span.start && g_ascii_isspace (span.end[-1]))
    span.end--;
  return span;
}

static GBytes *
inflate (Span span)
{
  g_autoptr(GConverter) zlib = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_data (span.start, span.end - span.start, NULL);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (raw, zlib);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* The dictionary of object @number in one of the file's object streams,
 * copied into @dict. */
static gboolean
find_in_object_streams (Span     file,
                        guint64  number,
                        GString *dict)
{
  Span rest = file;
  const char *type;

  while ((type = find (rest, "/Type /ObjStm")) != NULL)
    {
      Span header = { type, file.end }, inside;
      const char *data_start, *data_end, *end_dict;
      guint64 n, first;
      g_autoptr(GBytes) bytes = NULL;
      const char *text;
      gsize size;

      rest.start = type + 1;
      end_dict = find (header, "stream");
      if (end_dict == NULL)
        return FALSE;
      header.end = end_dict;
      if (!find_number (header, "/N", &n) || !find_number (header, "/First", &first) ||
          find (header, "/FlateDecode") == NULL)
        continue;
      data_start = end_dict + strlen ("stream");
      if (*data_start == '\r')
        data_start++;
      if (*data_start == '\n')
        data_start++;
      /* cairo gives /Length as a reference to an object written after the
       * stream; zlib knows where its data ends anyway. */
      data_end = find ((Span) { data_start, file.end }, "endstream");
      if (data_end == NULL)
        return FALSE;
      bytes = inflate ((Span) { data_start, data_end });
      if (bytes == NULL)
        continue;
      text = g_bytes_get_data (bytes, &size);
      if (first > size)
        continue;

      /* The stream starts with n pairs "number offset". */
      inside = (Span) { text, text + first };
      for (guint64 i = 0; i < n; i++)
        {
          char *after;
          guint64 object = g_ascii_strtoull (inside.start, &after, 10);
          guint64 offset = g_ascii_strtoull (after, &after, 10);
          guint64 next_offset = size - first;

          if (after > inside.end)
            break;
          inside.start = after;
          if (object != number)
            continue;
          if (i + 1 < n)
            {
              g_ascii_strtoull (inside.start, &after, 10);
              next_offset = g_ascii_strtoull (after, &after, 10);
            }
          if (offset > next_offset || first + next_offset > size)
            return FALSE;
          g_string_append_len (dict, text + first + offset, next_offset - offset);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_plain_tag (const char *language)
{
  if (language == NULL || *language == '\0' || strlen (language) > 35)
    return FALSE;
  for (const char *p = language; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
calf_pdf_set_language (GByteArray *pdf,
                       const char *language)
{
  Span file, trailer, catalog;
  const char *startxref, *id;
  g_autofree char *header = NULL;
  g_autoptr(GString) dict = g_string_new (NULL);
  g_autoptr(GString) update = NULL;
  guint64 root, root_generation, info = 0, info_generation = 0, size, previous;
  gsize catalog_offset, xref_offset;
  char *after;

  g_return_val_if_fail (pdf != NULL, FALSE);

  if (!is_plain_tag (language) || pdf->len < 16)
    return FALSE;
  file = (Span) { (const char *) pdf->data, (const char *) pdf->data + pdf->len };

  /* The newest cross-reference section: a table followed by "trailer",
   * or a cross-reference stream whose dictionary plays that part. */
  startxref = find_last (file, "startxref");
  if (startxref == NULL)
    return FALSE;
  previous = g_ascii_strtoull (startxref + strlen ("startxref"), &after, 10);
  if (after == startxref + strlen ("startxref") || previous >= pdf->len)
    return FALSE;
  trailer = (Span) { file.start + previous, startxref };
  if (strncmp (trailer.start, "xref", 4) == 0)
    trailer.start = find (trailer, "trailer");
  else
    trailer.end = find (trailer, "stream");
  if (trailer.start == NULL || trailer.end == NULL)
    return FALSE;
  if (!find_reference (trailer, "/Root", &root, &root_generation) || !find_number (trailer, "/Size", &size) ||
      size <= root)
    return FALSE;
  find_reference (trailer, "/Info", &info, &info_generation);

  /* The catalogue's dictionary, as a plain object or packed in a stream. */
  header = g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " obj", root, root_generation);
  catalog.start = find_last ((Span) { file.start, file.start + previous }, header);
  if (catalog.start != NULL && (catalog.start == file.start || g_ascii_isspace (catalog.start[-1])))
    {
      catalog.start += strlen (header);
      catalog.end = find ((Span) { catalog.start, file.end }, "endobj");
      if (catalog.end == NULL)
        return FALSE;
      g_string_append_len (dict, catalog.start, catalog.end - catalog.start);
    }
  else if (root_generation != 0 || !find_in_object_streams (file, root, dict))
    return FALSE;

  catalog = trim ((Span) { dict->str, dict->str + dict->len });
  if (catalog.end - catalog.start < 4 || strncmp (catalog.start, "<<", 2) != 0 ||
      strncmp (catalog.end - 2, ">>", 2) != 0 || find (catalog, "/Type /Catalog") == NULL)
    return FALSE;
  if (find (catalog, "/Lang") != NULL)
    return TRUE;

  update = g_string_new (NULL);
  if (file.end[-1] != '\n')
    g_string_append_c (update, '\n');
  catalog_offset = pdf->len + update->len;
  g_string_append_printf (update, "%s\n", header);
  catalog = trim ((Span) { catalog.start, catalog.end - 2 });
  g_string_append_len (update, catalog.start, catalog.end - catalog.start);
  g_string_append_printf (update, "\n   /Lang (%s)\n>>\nendobj\n", language);

  /* Each entry of a cross-reference table is exactly 20 bytes. */
  xref_offset = pdf->len + update->len;
  g_string_append_printf (update, "xref\n%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_MODIFIER "u %05" G_GUINT64_FORMAT " n \n",
                          root, catalog_offset, root_generation);
  g_string_append_printf (update, "trailer\n<< /Size %" G_GUINT64_FORMAT "\n   /Root %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " R\n",
                          size, root, root_generation);
  if (info > 0)
    g_string_append_printf (update, "   /Info %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " R\n", info, info_generation);
  id = find (trailer, "/ID");
  if (id != NULL)
    {
      const char *close = find ((Span) { id, trailer.end }, "]");

      if (close != NULL)
        g_string_append_printf (update, "   %.*s\n", (int) (close + 1 - id), id);
    }
  g_string_append_printf (update, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          previous, xref_offset);

  g_byte_array_append (pdf, (const guint8 *) update->str, update->len);
  return TRUE;
}
