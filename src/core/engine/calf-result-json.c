/* calf-result-json.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-result"

#include "config.h"

#include <math.h>

#include "calf-result-private.h"

/*
 * The --assess output, written by hand rather than with JsonGenerator so
 * that scores print as 0.957 rather than 0.95699999999999996: the text is
 * then short, stable across machines and easy to read and compare.
 */

typedef struct
{
  GString *out;
  guint    depth;
  gboolean first;   /* no member or element yet at this depth */
} Writer;

static void
newline (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
write_string (Writer     *w,
              const char *text)
{
  g_string_append_c (w->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (w->out, "\\\""); break;
        case '\\': g_string_append (w->out, "\\\\"); break;
        case '\n': g_string_append (w->out, "\\n"); break;
        case '\r': g_string_append (w->out, "\\r"); break;
        case '\t': g_string_append (w->out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (w->out, "\\u%04x", c);
          else
            g_string_append_c (w->out, (char) c);
        }
    }
  g_string_append_c (w->out, '"');
}

/* Starts a member of an object (name != NULL) or an element of an array. */
static void
next (Writer     *w,
      const char *name)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  w->first = FALSE;
  newline (w);
  if (name != NULL)
    {
      write_string (w, name);
      g_string_append (w->out, ": ");
    }
}

static void
begin (Writer     *w,
      const char *name,
      char        bracket)
{
  next (w, name);
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
end (Writer *w,
       char    bracket)
{
  gboolean empty = w->first;

  w->depth--;
  if (!empty)
    newline (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
member_string (Writer     *w,
               const char *name,
               const char *value)
{
  next (w, name);
  write_string (w, value);
}

static void
member_number (Writer     *w,
               const char *name,
               double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  next (w, name);
  g_string_append (w->out, g_ascii_formatd (buffer, sizeof buffer, "%.3g", value));
}

static void
member_boolean (Writer     *w,
                const char *name,
                gboolean    value)
{
  next (w, name);
  g_string_append (w->out, value ? "true" : "false");
}

static void
finding_ids (Writer     *w,
             const char *name,
             GPtrArray  *findings)
{
  begin (w, name, '[');
  for (guint i = 0; i < findings->len; i++)
    member_string (w, NULL, ((const CalfFinding *) g_ptr_array_index (findings, i))->id);
  end (w, ']');
}

static void
write_triage (Writer     *w,
              CalfResult *self)
{
  const CalfTriageInfo *info = calf_result_get_triage_info (self);
  GPtrArray *reasons = calf_result_get_triage_reasons (self);

  begin (w, "triage", '{');
  member_string (w, "level", calf_triage_level_to_string (calf_result_get_triage_level (self)));
  finding_ids (w, "because", calf_result_get_triage_because (self));
  member_string (w, "title", info != NULL ? info->title : "");
  member_string (w, "advice", info != NULL ? info->advice : "");
  begin (w, "reasons", '[');
  for (guint i = 0; i < reasons->len; i++)
    member_string (w, NULL, g_ptr_array_index (reasons, i));
  end (w, ']');
  begin (w, "notes", '[');
  for (guint i = 0; i < calf_result_get_triage_notes (self)->len; i++)
    member_string (w, NULL, g_ptr_array_index (calf_result_get_triage_notes (self), i));
  end (w, ']');
  end (w, '}');
}

/* "What could change this advice": the answers given as "Not sure" and
 * the level a yes would bring. */
static void
write_changes (Writer     *w,
               CalfResult *self)
{
  GArray *changes = calf_result_get_changes (self);

  finding_ids (w, "unsure", calf_result_get_unsure (self));
  begin (w, "could_change", '[');
  for (guint i = 0; i < changes->len; i++)
    {
      const CalfAdviceChange *change = &g_array_index (changes, CalfAdviceChange, i);
      const CalfTriageInfo *info = calf_database_get_triage_info (calf_result_get_database (self), change->level);

      begin (w, NULL, '{');
      member_string (w, "finding", change->finding->id);
      member_string (w, "label", change->finding->label);
      member_string (w, "level", calf_triage_level_to_string (change->level));
      member_string (w, "advice", info != NULL ? info->title : "");
      end (w, '}');
    }
  end (w, ']');
}

static void
write_conditions (Writer     *w,
                  CalfResult *self)
{
  GPtrArray *conditions = calf_result_get_conditions (self);
  guint n_listed = calf_result_get_n_listed (self);

  begin (w, "conditions", '[');
  for (guint i = 0; i < n_listed && i < conditions->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (conditions, i);

      begin (w, NULL, '{');
      member_string (w, "id", entry->condition->id);
      member_string (w, "name", entry->condition->name);
      /* Three decimals, never rounded up to a certain 1 or down to 0. */
      member_number (w, "score", CLAMP (round (entry->score * 1000.0) / 1000.0, 0.001, 0.999));
      member_string (w, "likelihood", entry->likelihood != NULL ? entry->likelihood : "");
      finding_ids (w, "because", entry->supporting);
      finding_ids (w, "against", entry->opposing);
      end (w, '}');
    }
  end (w, ']');
}

static void
write_exercises (Writer     *w,
                 CalfResult *self)
{
  GPtrArray *exercises = calf_result_get_exercises (self);
  GPtrArray *withheld = calf_result_get_withheld (self);

  begin (w, "exercises", '[');
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *dose = calf_exercise_dose_to_string (exercise);

      begin (w, NULL, '{');
      member_string (w, "id", exercise->id);
      member_string (w, "name", exercise->name);
      member_string (w, "dose", dose);
      /* One of the few of the plan, or one of the more exercises. */
      member_boolean (w, "plan", i < calf_result_get_n_planned (self));
      end (w, '}');
    }
  end (w, ']');

  begin (w, "withheld", '[');
  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfWithheldExercise *entry = g_ptr_array_index (withheld, i);

      begin (w, NULL, '{');
      member_string (w, "id", entry->exercise->id);
      member_string (w, "name", entry->exercise->name);
      member_string (w, "reason", entry->reason);
      end (w, '}');
    }
  end (w, ']');
}

char *
calf_result_to_json (CalfResult *self)
{
  Writer w = { g_string_new ("{"), 1, TRUE };
  const CalfRegion *region;
  GPtrArray *safety;
  double age;

  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);

  region = calf_result_get_region (self);
  safety = calf_result_get_safety (self);
  age = calf_result_get_age (self);

  member_string (&w, "region", region != NULL ? region->id : "");
  member_string (&w, "side", calf_side_to_string (calf_result_get_side (self)));
  if (age >= 0)
    member_number (&w, "age", age);
  if (calf_result_get_sex (self) != CALF_SEX_UNKNOWN)
    member_string (&w, "sex", calf_sex_to_string (calf_result_get_sex (self)));
  write_triage (&w, self);
  write_changes (&w, self);
  write_conditions (&w, self);
  write_exercises (&w, self);

  begin (&w, "safety", '[');
  for (guint i = 0; i < safety->len; i++)
    member_string (&w, NULL, ((const CalfSafetyStatement *) g_ptr_array_index (safety, i))->text);
  end (&w, ']');

  member_string (&w, "database_version", calf_result_get_database_version (self));
  w.depth = 0;
  newline (&w);
  g_string_append_c (w.out, '}');

  return g_string_free (w.out, FALSE);
}
