/* calf-report-layout-build.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "calf-report-layout-private.h"

/* What goes on the pages, in order: the blocks of the report. Text from
 * the database is always escaped into Pango markup. */

#define MUTED_MARKUP "#5e5c64"

guint32
calf_report_layout_level_colour (CalfTriageLevel level)
{
  switch (level)
    {
    case CALF_TRIAGE_EMERGENCY:
      return 0xc01c28;
    case CALF_TRIAGE_URGENT:
      return 0xc64600;
    case CALF_TRIAGE_SOON:
      return 0x9c6e03;
    case CALF_TRIAGE_SELF_CARE:
      return 0x1f7a4d;
    default:
      g_assert_not_reached ();
    }
}

static void
item_free (CalfReportItem *item)
{
  g_free (item->marker);
  g_free (item->markup);
  g_clear_object (&item->layout);
  g_clear_object (&item->marker_layout);
  g_free (item);
}

void
calf_report_block_free (CalfReportBlock *block)
{
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_free (block->right);
  g_clear_object (&block->right_layout);
  g_clear_pointer (&block->svg, calf_sketch_free);
  g_free (block);
}

static CalfReportBlock *
add_block (GPtrArray           *blocks,
           CalfReportBlockKind  kind,
           double               space_before)
{
  CalfReportBlock *block = g_new0 (CalfReportBlock, 1);

  block->kind = kind;
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  block->space_before = space_before;
  g_ptr_array_add (blocks, block);
  return block;
}

/* Takes @markup. */
static CalfReportItem *
add_item (CalfReportBlock *block,
          CalfStyle        style,
          char            *markup,
          double           space_before)
{
  CalfReportItem *item = g_new0 (CalfReportItem, 1);

  item->style = style;
  item->markup = markup;
  item->space_before = space_before;
  g_ptr_array_add (block->items, item);
  return item;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

/* "<b>Label:</b> value" */
static char *
labelled (const char *label,
          const char *value)
{
  return g_markup_printf_escaped ("<span foreground='" MUTED_MARKUP "'>%s:</span> %s", label, value);
}

static char *
joined (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* Translators: separates items of a list written on one line. */
        g_string_append (text, C_("list separator", "; "));
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
heading (GPtrArray         *blocks,
         CalfReportSection  section)
{
  CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_HEADING, 18);

  add_item (block, CALF_STYLE_HEADING, escape (calf_report_get_section_title (section)), 0);
  block->keep_with_next = TRUE;
}

static void
fact (GPtrArray       *blocks,
      CalfReportLabel  label,
      const char      *value,
      double           space_before)
{
  CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_FACT, space_before);

  add_item (block, CALF_STYLE_LABEL, escape (calf_report_get_label (label)), 0);
  block->right = escape (value);
  block->split = 0.24;
}

static void
paragraph (GPtrArray  *blocks,
           CalfStyle   style,
           char       *markup,
           double      space_before)
{
  CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_PARAGRAPH, space_before);

  add_item (block, style, markup, 0);
}

static void
list_item (GPtrArray  *blocks,
           const char *marker,
           char       *markup,
           CalfStyle   style)
{
  CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_LIST_ITEM, 4);
  CalfReportItem *item = add_item (block, style, markup, 0);

  item->marker = g_strdup (marker);
}

static void
build_triage (GPtrArray  *blocks,
              CalfReport *report)
{
  CalfReportBlock *block;
  GPtrArray *why = calf_report_get_triage_why (report);
  GPtrArray *notes = calf_report_get_triage_notes (report);
  GPtrArray *changes = calf_report_get_changes (report);
  CalfTriageLevel level = calf_report_get_triage_level (report);

  heading (blocks, CALF_REPORT_SECTION_TRIAGE);
  block = add_block (blocks, CALF_REPORT_BLOCK_TRIAGE, 4);
  block->level = level;
  add_item (block, CALF_STYLE_TRIAGE,
            g_markup_printf_escaped ("<span foreground='#%06x'>%s: %s</span>",
                                     calf_report_layout_level_colour (level),
                                     calf_report_get_label (CALF_REPORT_LABEL_LEVEL),
                                     calf_report_get_triage_label (report)), 0);
  add_item (block, CALF_STYLE_LEAD, escape (calf_report_get_triage_title (report)), 4);
  add_item (block, CALF_STYLE_BODY, escape (calf_report_get_triage_advice (report)), 4);
  if (why->len > 0)
    {
      g_autofree char *list = joined (why);

      add_item (block, CALF_STYLE_BODY,
                labelled (calf_report_get_label (CALF_REPORT_LABEL_WHY), list), 6);
    }
  for (guint i = 0; i < notes->len; i++)
    add_item (block, CALF_STYLE_BODY, escape (g_ptr_array_index (notes, i)), 6);

  if (changes->len > 0)
    {
      heading (blocks, CALF_REPORT_SECTION_COULD_CHANGE);
      paragraph (blocks, CALF_STYLE_BODY, escape (calf_report_get_label (CALF_REPORT_LABEL_COULD_CHANGE)), 0);
      for (guint i = 0; i < changes->len; i++)
        list_item (blocks, "•", escape (g_ptr_array_index (changes, i)), CALF_STYLE_BODY);
    }
}

static void
build_causes (GPtrArray  *blocks,
              CalfReport *report)
{
  GPtrArray *causes = calf_report_get_causes (report);

  heading (blocks, CALF_REPORT_SECTION_CAUSES);
  for (guint i = 0; i < causes->len; i++)
    {
      const CalfReportCause *cause = g_ptr_array_index (causes, i);
      CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_CAUSE, i == 0 ? 2 : 10);
      CalfReportItem *item;

      item = add_item (block, CALF_STYLE_SUBHEADING, escape (cause->name), 0);
      item->marker = g_strdup_printf ("%u.", i + 1);
      block->right = g_markup_printf_escaped ("<span foreground='" MUTED_MARKUP "'>%s</span>",
                                              cause->likelihood);
      /* Under the name, past the number. */
      add_item (block, CALF_STYLE_BODY, escape (cause->summary), 2)->indent = CALF_REPORT_MARKER_WIDTH;
      if (cause->towards->len > 0)
        {
          g_autofree char *list = joined (cause->towards);

          add_item (block, CALF_STYLE_BODY,
                    labelled (calf_report_get_label (CALF_REPORT_LABEL_POINTS_TOWARDS), list),
                    3)->indent = CALF_REPORT_MARKER_WIDTH;
        }
      if (cause->away->len > 0)
        {
          g_autofree char *list = joined (cause->away);

          add_item (block, CALF_STYLE_BODY,
                    labelled (calf_report_get_label (CALF_REPORT_LABEL_POINTS_AWAY), list),
                    3)->indent = CALF_REPORT_MARKER_WIDTH;
        }
    }
}

static void
build_exercises (GPtrArray  *blocks,
                 CalfReport *report)
{
  GPtrArray *exercises = calf_report_get_exercises (report);
  GPtrArray *withheld = calf_report_get_withheld (report);

  const char *common_stop_if = NULL;

  /* When every exercise has the same rule for stopping (the
   * pain-monitoring rule), say it once, above them. */
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfReportExercise *exercise = g_ptr_array_index (exercises, i);

      if (i == 0)
        common_stop_if = exercise->stop_if;
      else if (g_strcmp0 (common_stop_if, exercise->stop_if) != 0)
        common_stop_if = NULL;
    }
  if (exercises->len < 2)
    common_stop_if = NULL;

  heading (blocks, CALF_REPORT_SECTION_EXERCISES);
  if (exercises->len == 0)
    paragraph (blocks, CALF_STYLE_BODY,
               escape (calf_report_get_label (CALF_REPORT_LABEL_NO_EXERCISES)), 2);
  if (common_stop_if != NULL)
    {
      paragraph (blocks, CALF_STYLE_BODY, g_markup_printf_escaped ("<i>%s</i>", common_stop_if), 2);
      ((CalfReportBlock *) g_ptr_array_index (blocks, blocks->len - 1))->keep_with_next = TRUE;
    }

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfReportExercise *exercise = g_ptr_array_index (exercises, i);
      CalfReportBlock *block = add_block (blocks, CALF_REPORT_BLOCK_EXERCISE, i == 0 ? 10 : 14);

      if (exercise->svg != NULL)
        {
          g_autoptr(GError) error = NULL;

          block->svg = calf_sketch_new (exercise->svg, &error);
          if (block->svg == NULL)
            g_warning ("Cannot read the drawing of %s: %s", exercise->id, error->message);
        }

      add_item (block, CALF_STYLE_SUBHEADING, escape (exercise->name), 0);
      add_item (block, CALF_STYLE_BODY,
                labelled (calf_report_get_label (CALF_REPORT_LABEL_DOSE), exercise->dose), 3);
      add_item (block, CALF_STYLE_BODY, escape (exercise->purpose), 3);
      for (guint j = 0; exercise->steps[j] != NULL; j++)
        {
          CalfReportItem *item = add_item (block, CALF_STYLE_BODY, escape (exercise->steps[j]),
                                           j == 0 ? 4 : 1);
          item->marker = g_strdup_printf ("%u.", j + 1);
        }
      if (common_stop_if == NULL)
        add_item (block, CALF_STYLE_BODY,
                  g_markup_printf_escaped ("<i>%s</i>", exercise->stop_if), 4);
    }

  if (withheld->len == 0)
    return;

  heading (blocks, CALF_REPORT_SECTION_WITHHELD);
  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfReportWithheld *entry = g_ptr_array_index (withheld, i);

      list_item (blocks, "•", g_markup_printf_escaped ("<b>%s</b>: %s", entry->name, entry->reason),
                 CALF_STYLE_BODY);
    }
}

static void
build_answers (GPtrArray  *blocks,
               CalfReport *report)
{
  GPtrArray *answers = calf_report_get_answers (report);
  CalfReportBlock *block;

  heading (blocks, CALF_REPORT_SECTION_ANSWERS);
  if (answers->len == 0)
    {
      paragraph (blocks, CALF_STYLE_BODY,
                 escape (calf_report_get_label (CALF_REPORT_LABEL_NONE_ANSWERED)), 2);
      return;
    }

  block = add_block (blocks, CALF_REPORT_BLOCK_TABLE_HEADER, 2);
  add_item (block, CALF_STYLE_LABEL, escape (calf_report_get_label (CALF_REPORT_LABEL_QUESTION)), 0);
  block->right = g_markup_printf_escaped ("<span foreground='" MUTED_MARKUP "'>%s</span>",
                                          calf_report_get_label (CALF_REPORT_LABEL_ANSWER));
  block->split = 0.68;
  block->keep_with_next = TRUE;

  for (guint i = 0; i < answers->len; i++)
    {
      const CalfReportAnswer *answer = g_ptr_array_index (answers, i);

      block = add_block (blocks, CALF_REPORT_BLOCK_TABLE_ROW, 0);
      add_item (block, CALF_STYLE_BODY, escape (answer->question), 0);
      block->right = escape (answer->answer);
      block->split = 0.68;
    }
}

GPtrArray *
calf_report_layout_build_blocks (CalfReport *report)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_report_block_free);
  GPtrArray *safety = calf_report_get_safety (report);
  GPtrArray *references = calf_report_get_references (report);
  CalfReportBlock *block;

  block = add_block (blocks, CALF_REPORT_BLOCK_TITLE, 0);
  add_item (block, CALF_STYLE_TITLE, escape (calf_report_get_title (report)), 0);
  fact (blocks, CALF_REPORT_LABEL_DATE, calf_report_get_date_text (report), 10);
  fact (blocks, CALF_REPORT_LABEL_LEG, calf_report_get_leg_text (report), 2);
  fact (blocks, CALF_REPORT_LABEL_REGION, calf_report_get_region_name (report), 2);
  if (calf_report_get_person_text (report) != NULL)
    fact (blocks, CALF_REPORT_LABEL_PERSON, calf_report_get_person_text (report), 2);
  add_block (blocks, CALF_REPORT_BLOCK_RULE, 8);
  paragraph (blocks, CALF_STYLE_LABEL, escape (calf_report_get_statement (report)), 6);

  build_triage (blocks, report);
  build_causes (blocks, report);
  build_exercises (blocks, report);

  heading (blocks, CALF_REPORT_SECTION_SAFETY);
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfReportSafety *entry = g_ptr_array_index (safety, i);

      list_item (blocks, "•", g_markup_printf_escaped ("<b>%s.</b> %s", entry->title, entry->text),
                 CALF_STYLE_BODY);
    }

  build_answers (blocks, report);

  if (calf_report_get_progress_summary (report) != NULL)
    {
      GPtrArray *items = calf_report_get_progress_items (report);

      heading (blocks, CALF_REPORT_SECTION_PROGRESS);
      paragraph (blocks, CALF_STYLE_BODY, escape (calf_report_get_progress_summary (report)), 0);
      for (guint i = 0; i < items->len; i++)
        {
          const CalfReportProgressItem *item = g_ptr_array_index (items, i);

          list_item (blocks, "•",
                     *item->detail != '\0'
                       ? g_markup_printf_escaped ("%s: <b>%s.</b> %s", item->date, item->title, item->detail)
                       : g_markup_printf_escaped ("%s: <b>%s</b>", item->date, item->title),
                     CALF_STYLE_SMALL);
        }
    }

  if (references->len > 0)
    {
      heading (blocks, CALF_REPORT_SECTION_REFERENCES);
      for (guint i = 0; i < references->len; i++)
        {
          g_autofree char *text = calf_report_reference_to_string (g_ptr_array_index (references, i));
          g_autofree char *marker = g_strdup_printf ("%u.", i + 1);

          list_item (blocks, marker, escape (text), CALF_STYLE_SMALL);
        }
    }

  /* The statement opens the report, under the title; here only versions. */
  heading (blocks, CALF_REPORT_SECTION_ABOUT);
  paragraph (blocks, CALF_STYLE_SMALL,
             g_markup_printf_escaped ("%s: %s\n%s: %s",
                                      calf_report_get_label (CALF_REPORT_LABEL_APP_VERSION),
                                      calf_report_get_app_version (report),
                                      calf_report_get_label (CALF_REPORT_LABEL_DATABASE_VERSION),
                                      calf_report_get_database_version (report)), 2);

  return blocks;
}

/* The history: its summary, then each kind of entry, one line per entry:
 * the date first, then every other column that has something to say. */
GPtrArray *
calf_report_layout_build_history_blocks (const CalfHistoryDocument *document)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_report_block_free);
  CalfReportBlock *block;

  block = add_block (blocks, CALF_REPORT_BLOCK_TITLE, 0);
  add_item (block, CALF_STYLE_TITLE, escape (document->title), 0);
  paragraph (blocks, CALF_STYLE_BODY, escape (document->summary), 6);

  for (guint t = 0; t < document->tables->len; t++)
    {
      const CalfHistoryTable *table = g_ptr_array_index (document->tables, t);

      block = add_block (blocks, CALF_REPORT_BLOCK_HEADING, 18);
      add_item (block, CALF_STYLE_HEADING, escape (table->title), 0);
      block->keep_with_next = TRUE;

      if (table->rows->len == 0)
        paragraph (blocks, CALF_STYLE_BODY, escape (_("None yet.")), 0);

      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);
          g_autoptr(GString) markup = g_string_new (NULL);

          for (guint c = 0; row[c] != NULL && table->columns[c] != NULL; c++)
            {
              g_autofree char *cell = NULL;

              if (*row[c] == '\0')
                continue;
              if (c == 0)
                cell = g_markup_printf_escaped ("<b>%s</b>", row[c]);
              else
                /* Translators: one column of a history entry in a PDF,
                 * "Pain during: 4/10"; entries are joined by "; ". */
                cell = g_markup_printf_escaped (_("%s: %s"), table->columns[c], row[c]);
              if (markup->len > 0)
                g_string_append (markup, c == 1 ? " — " : "; ");
              g_string_append (markup, cell);
            }
          list_item (blocks, "•", g_string_free (g_steal_pointer (&markup), FALSE), CALF_STYLE_BODY);
        }
    }

  return blocks;
}
