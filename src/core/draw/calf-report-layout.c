/* calf-report-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include "calf-report-layout-private.h"

/* Measuring and pagination; drawing is in calf-report-layout-draw.c. The
 * page: 20 mm side margins, the body between MARGIN_TOP and the footer,
 * a running header from page 2. */

G_DEFINE_FINAL_TYPE (CalfReportLayout, calf_report_layout, G_TYPE_OBJECT)

const CalfReportStyle calf_report_styles[CALF_N_STYLES] = {
  [CALF_STYLE_TITLE] = { 21.0, PANGO_WEIGHT_BOLD, INK },
  [CALF_STYLE_HEADING] = { 13.0, PANGO_WEIGHT_BOLD, ACCENT },
  [CALF_STYLE_SUBHEADING] = { 10.5, PANGO_WEIGHT_BOLD, INK },
  [CALF_STYLE_BODY] = { 9.5, PANGO_WEIGHT_NORMAL, INK },
  [CALF_STYLE_LABEL] = { 9.5, PANGO_WEIGHT_NORMAL, MUTED },
  [CALF_STYLE_SMALL] = { 8.0, PANGO_WEIGHT_NORMAL, MUTED },
  [CALF_STYLE_TRIAGE] = { 9.5, PANGO_WEIGHT_BOLD, INK },
  [CALF_STYLE_LEAD] = { 12.5, PANGO_WEIGHT_BOLD, INK },
};

static void
calf_report_layout_finalize (GObject *object)
{
  CalfReportLayout *self = (CalfReportLayout *)object;

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->report);
  g_clear_pointer (&self->running, g_free);

  G_OBJECT_CLASS (calf_report_layout_parent_class)->finalize (object);
}

static void
calf_report_layout_class_init (CalfReportLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = calf_report_layout_finalize;
}

static void
calf_report_layout_init (CalfReportLayout *self)
{
  self->placements = g_array_new (FALSE, TRUE, sizeof (CalfReportPlacement));
}

CalfReportLayout *
calf_report_layout_new (CalfReport *report)
{
  CalfReportLayout *self;

  g_return_val_if_fail (CALF_IS_REPORT (report), NULL);

  self = g_object_new (CALF_TYPE_REPORT_LAYOUT, NULL);
  self->report = g_object_ref (report);
  self->running = g_markup_printf_escaped ("%s · %s", calf_report_get_title (report),
                                           calf_report_get_date_text (report));
  self->blocks = calf_report_layout_build_blocks (report);
  return self;
}

CalfReportLayout *
calf_report_layout_new_for_history (const CalfHistoryDocument *document)
{
  CalfReportLayout *self;

  g_return_val_if_fail (document != NULL, NULL);

  self = g_object_new (CALF_TYPE_REPORT_LAYOUT, NULL);
  self->running = g_markup_escape_text (document->title, -1);
  self->blocks = calf_report_layout_build_history_blocks (document);
  return self;
}

/* The report, or NULL for a history's layout. */
CalfReport *
calf_report_layout_get_report (CalfReportLayout *self)
{
  g_return_val_if_fail (CALF_IS_REPORT_LAYOUT (self), NULL);
  return self->report;
}

void
calf_report_set_colour (cairo_t *cr,
            guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xff) / 255.0, ((colour >> 8) & 0xff) / 255.0,
                        (colour & 0xff) / 255.0);
}

double
calf_report_layout_body_width (CalfReportLayout *self)
{
  return self->page_width - 2 * MARGIN_X;
}

double
calf_report_layout_body_height (CalfReportLayout *self)
{
  return self->page_height - MARGIN_TOP - MARGIN_BOTTOM;
}

/* A wrapped layout @width points wide (no wrapping when @width <= 0). */
PangoLayout *
calf_report_layout_new_text (CalfReportLayout *self,
            CalfStyle         style,
            const char       *markup,
            double            width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (calf_report_styles[style].size * PANGO_SCALE));
  pango_font_description_set_weight (font, calf_report_styles[style].weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_line_spacing (layout, style == CALF_STYLE_TITLE ? 1.0 : 1.2);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
calf_report_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Lays out the items in a column at @x, @width points wide, from @y;
 * returns the bottom. */
static double
measure_items (CalfReportLayout *self,
               CalfReportBlock  *block,
               guint             from,
               double            x,
               double            width,
               double            y,
               double            first_width)
{
  for (guint i = from; i < block->items->len; i++)
    {
      CalfReportItem *item = g_ptr_array_index (block->items, i);
      double item_x = x + item->indent;
      double item_width = (i == from && first_width > 0 ? first_width : width) - item->indent;

      if (item->marker != NULL)
        {
          g_clear_object (&item->marker_layout);
          item->marker_layout = calf_report_layout_new_text (self, item->style, item->marker, 0);
          item_x += CALF_REPORT_MARKER_WIDTH;
          item_width -= CALF_REPORT_MARKER_WIDTH;
        }

      if (i > from)
        y += item->space_before;
      g_clear_object (&item->layout);
      item->layout = calf_report_layout_new_text (self, item->style, item->markup, item_width);
      item->x = item_x;
      item->y = y;
      y += layout_height (item->layout);
    }
  return y;
}

static void
measure_block (CalfReportLayout *self,
               CalfReportBlock  *block)
{
  double width = calf_report_layout_body_width (self);
  double left, height;

  g_clear_object (&block->right_layout);

  switch (block->kind)
    {
    case CALF_REPORT_BLOCK_TITLE:
    case CALF_REPORT_BLOCK_PARAGRAPH:
    case CALF_REPORT_BLOCK_LIST_ITEM:
      block->height = measure_items (self, block, 0, 0, width, 0, 0);
      break;

    case CALF_REPORT_BLOCK_HEADING:
      /* Room for the hairline under the heading. */
      block->height = measure_items (self, block, 0, 0, width, 0, 0) + 5;
      break;

    case CALF_REPORT_BLOCK_RULE:
      block->height = 1;
      break;

    case CALF_REPORT_BLOCK_FACT:
    case CALF_REPORT_BLOCK_TABLE_HEADER:
    case CALF_REPORT_BLOCK_TABLE_ROW:
      {
        double pad = block->kind == CALF_REPORT_BLOCK_FACT ? 0 : ROW_PADDING;

        left = width * block->split;
        height = measure_items (self, block, 0, pad, left - COLUMN_GAP - pad, pad, 0);
        block->right_layout = calf_report_layout_new_text (self, block->kind == CALF_REPORT_BLOCK_TABLE_HEADER
                                                ? CALF_STYLE_LABEL : CALF_STYLE_BODY,
                                          block->right, width - left - pad);
        block->right_x = left;
        block->right_y = pad;
        block->height = MAX (height, pad + layout_height (block->right_layout)) + pad;
      }
      break;

    case CALF_REPORT_BLOCK_CAUSE:
      {
        double tag_width;

        /* The likelihood sits on the right of the name. */
        block->right_layout = calf_report_layout_new_text (self, CALF_STYLE_BODY, block->right, width / 3);
        tag_width = calf_report_text_width (block->right_layout);
        block->right_x = width - tag_width;
        block->height = measure_items (self, block, 0, 0, width, 0, width - tag_width - COLUMN_GAP);
        /* On the name's baseline. */
        block->right_y = (double) (pango_layout_get_baseline (((CalfReportItem *) g_ptr_array_index (block->items, 0))->layout) -
                                   pango_layout_get_baseline (block->right_layout)) / PANGO_SCALE;
      }
      break;

    case CALF_REPORT_BLOCK_TRIAGE:
      left = BOX_BAR + BOX_PADDING;
      block->height = measure_items (self, block, 0, left, width - left - BOX_PADDING,
                                     BOX_PADDING, 0) + BOX_PADDING;
      break;

    case CALF_REPORT_BLOCK_EXERCISE:
      left = block->svg != NULL ? DRAWING_SIZE + DRAWING_GAP : 0;
      height = measure_items (self, block, 0, left, width - left, 0, 0);
      block->height = MAX (height, block->svg != NULL ? DRAWING_SIZE : 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A block that is one paragraph can be split between its lines anywhere. */
static gboolean
block_is_splittable (CalfReportBlock *block)
{
  return (block->kind == CALF_REPORT_BLOCK_PARAGRAPH || block->kind == CALF_REPORT_BLOCK_LIST_ITEM)
         && block->items->len == 1;
}

/* A cause or an exercise is kept on one page, unless it is taller than a
 * whole page: then it breaks between its lines like a paragraph. */
static gboolean
block_is_stack (CalfReportBlock *block)
{
  return block->kind == CALF_REPORT_BLOCK_CAUSE || block->kind == CALF_REPORT_BLOCK_EXERCISE ||
         block->kind == CALF_REPORT_BLOCK_TITLE;
}

static gboolean
block_breaks (CalfReportLayout *self,
              CalfReportBlock  *block)
{
  return block_is_splittable (block) ||
         (block_is_stack (block) && block->height > calf_report_layout_body_height (self));
}

/* What must fit at the foot of a page for a block to start there. */
static double
block_min_start (CalfReportLayout *self,
                 CalfReportBlock  *block)
{
  if (!block_breaks (self, block))
    return block->height;
  return MIN (block->height, MAX (block->svg != NULL ? DRAWING_SIZE : 0, 40));
}

/* Every line of every item of @block, top to bottom. */
GArray *
calf_report_block_lines (CalfReportBlock *block)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (CalfReportLine));

  for (guint i = 0; i < block->items->len; i++)
    {
      CalfReportItem *item = g_ptr_array_index (block->items, i);
      PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
      gboolean first = TRUE;

      do
        {
          PangoRectangle logical;
          CalfReportLine line;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line.item = item;
          line.line = pango_layout_iter_get_line_readonly (iter);
          line.first_of_item = first;
          line.x = (double) logical.x / PANGO_SCALE;
          line.top = item->y + (double) logical.y / PANGO_SCALE;
          line.bottom = line.top + (double) logical.height / PANGO_SCALE;
          line.baseline = item->y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          g_array_append_val (lines, line);
          first = FALSE;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
  return lines;
}

static void
place (CalfReportLayout *self,
       guint             block,
       guint             page,
       double            y,
       double            height,
       int               first_line,
       int               end_line,
       double            offset)
{
  CalfReportPlacement placement = { block, page, y, height, first_line, end_line, offset };

  g_array_append_val (self->placements, placement);
}

/* Places a block taller than the space left, line by line. */
static void
place_split (CalfReportLayout *self,
             guint             index,
             guint            *page,
             double           *y)
{
  CalfReportBlock *block = g_ptr_array_index (self->blocks, index);
  g_autoptr(GArray) lines = calf_report_block_lines (block);
  double bottom = MARGIN_TOP + calf_report_layout_body_height (self);
  double piece_top = *y, piece_start = 0;
  /* A drawing beside the first lines must fit on the first page. */
  double minimum = block->svg != NULL ? DRAWING_SIZE : 0;
  guint first = 0;

  for (guint k = 0; k < lines->len; k++)
    {
      const CalfReportLine *line = &g_array_index (lines, CalfReportLine, k);

      if (k > first && line->top >= minimum && piece_top + (line->bottom - piece_start) > bottom)
        {
          const CalfReportLine *previous = &g_array_index (lines, CalfReportLine, k - 1);

          /* The piece ends with the previous line, not the gap after it. */
          place (self, index, *page, piece_top, MAX (previous->bottom, minimum) - piece_start,
                 first, k, piece_start);
          (*page)++;
          piece_top = MARGIN_TOP;
          piece_start = line->top;
          first = k;
          minimum = 0;
        }
    }

  place (self, index, *page, piece_top, block->height - piece_start, first, lines->len, piece_start);
  *y = piece_top + block->height - piece_start;
}

guint
calf_report_layout_paginate (CalfReportLayout *self,
                             cairo_t          *cr,
                             double            width,
                             double            height)
{
  cairo_font_options_t *options;
  double top = MARGIN_TOP;
  double bottom;
  double y;
  guint page = 0;

  g_return_val_if_fail (CALF_IS_REPORT_LAYOUT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 2 * MARGIN_X + 100 && height > MARGIN_TOP + MARGIN_BOTTOM + 100, 0);

  self->page_width = width;
  self->page_height = height;
  bottom = height - MARGIN_BOTTOM;

  /* Unhinted metrics at 72 dpi: one point is one unit on every surface,
   * so a printer and the PDF writer break lines and pages alike. */
  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  for (guint i = 0; i < self->blocks->len; i++)
    measure_block (self, g_ptr_array_index (self->blocks, i));

  g_array_set_size (self->placements, 0);
  y = top;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      CalfReportBlock *block = g_ptr_array_index (self->blocks, i);
      double space = y > top ? block->space_before : 0;
      double need = space + block->height;

      /* Keep headings (and a table's header row) with what follows. */
      for (guint j = i; j + 1 < self->blocks->len; j++)
        {
          CalfReportBlock *prev = g_ptr_array_index (self->blocks, j);
          CalfReportBlock *next = g_ptr_array_index (self->blocks, j + 1);

          if (!prev->keep_with_next)
            break;
          need += next->space_before + block_min_start (self, next);
        }
      if (need > bottom - top)
        need = space + block->height;

      /* A paragraph is split rather than moved whole, once its first
       * lines fit. */
      if (block_breaks (self, block) && !block->keep_with_next)
        need = space + block_min_start (self, block);
      if (y + need > bottom && y > top)
        {
          page++;
          y = top;
          space = 0;
        }

      y += space;
      if (y + block->height > bottom && block_breaks (self, block))
        place_split (self, i, &page, &y);
      else
        {
          place (self, i, page, y, block->height, 0, -1, 0);
          y += block->height;
        }
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

guint
calf_report_layout_get_n_pages (CalfReportLayout *self)
{
  g_return_val_if_fail (CALF_IS_REPORT_LAYOUT (self), 0);
  return self->n_pages;
}
