/* calf-report-layout-draw.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "calf-report-layout-private.h"

/* Drawing the pages that calf-report-layout.c typeset, and checking that
 * nothing reaches past the margins. */

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             guint32      colour)
{
  cairo_move_to (cr, x, y);
  calf_report_set_colour (cr, colour);
  pango_cairo_show_layout (cr, layout);
}

/* Markers are right-aligned in their column: "9." and "10." line up. */
static double
marker_x (CalfReportItem *item)
{
  return item->x - CALF_REPORT_MARKER_GAP - calf_report_text_width (item->marker_layout);
}

static void
draw_items (cairo_t         *cr,
            CalfReportBlock *block,
            double           x,
            double           y)
{
  for (guint i = 0; i < block->items->len; i++)
    {
      CalfReportItem *item = g_ptr_array_index (block->items, i);
      guint32 colour = calf_report_styles[item->style].colour;

      if (item->marker_layout != NULL)
        show_layout (cr, item->marker_layout, x + marker_x (item), y + item->y, colour);
      show_layout (cr, item->layout, x + item->x, y + item->y, colour);
    }
}

/* Lines [first_line, end_line) of a block broken across pages. */
static void
draw_piece (cairo_t                   *cr,
            CalfReportBlock           *block,
            const CalfReportPlacement *placement,
            double                     x)
{
  g_autoptr(GArray) lines = calf_report_block_lines (block);
  double y = placement->y - placement->offset;

  if (placement->first_line == 0 && block->svg != NULL)
    calf_sketch_draw (block->svg, cr, x, y, DRAWING_SIZE, DRAWING_SIZE);
  if (placement->first_line == 0 && block->right_layout != NULL)
    show_layout (cr, block->right_layout, x + block->right_x, y + block->right_y, INK);

  for (int k = placement->first_line; k < placement->end_line && k < (int) lines->len; k++)
    {
      const CalfReportLine *line = &g_array_index (lines, CalfReportLine, k);
      guint32 colour = calf_report_styles[line->item->style].colour;

      if (line->first_of_item && line->item->marker_layout != NULL)
        show_layout (cr, line->item->marker_layout, x + marker_x (line->item),
                     y + line->top, colour);
      calf_report_set_colour (cr, colour);
      cairo_move_to (cr, x + line->item->x + line->x, y + line->baseline);
      pango_cairo_show_layout_line (cr, line->line);
    }
}

static void
hairline (cairo_t *cr,
          double   x0,
          double   x1,
          double   y,
          double   width,
          guint32  colour)
{
  calf_report_set_colour (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_block (CalfReportLayout          *self,
            cairo_t                   *cr,
            const CalfReportPlacement *placement)
{
  CalfReportBlock *block = g_ptr_array_index (self->blocks, placement->block);
  double x = MARGIN_X;
  double y = placement->y;
  double width = calf_report_layout_body_width (self);

  if (placement->end_line >= 0)
    {
      draw_piece (cr, block, placement, x);
      return;
    }

  switch (block->kind)
    {
    case CALF_REPORT_BLOCK_RULE:
      hairline (cr, x, x + width, y + 0.5, 0.8, HAIRLINE);
      return;

    case CALF_REPORT_BLOCK_HEADING:
      hairline (cr, x, x + width, y + block->height - 1.5, 0.6, HAIRLINE);
      break;

    case CALF_REPORT_BLOCK_TABLE_HEADER:
      calf_report_set_colour (cr, SHADE);
      cairo_rectangle (cr, x, y, width, block->height);
      cairo_fill (cr);
      hairline (cr, x, x + width, y + block->height - 0.3, 0.6, HAIRLINE);
      break;

    case CALF_REPORT_BLOCK_TABLE_ROW:
      hairline (cr, x, x + width, y + block->height - 0.3, 0.4, HAIRLINE);
      break;

    case CALF_REPORT_BLOCK_TRIAGE:
      {
        guint32 colour = calf_report_layout_level_colour (block->level);
        double r = ((colour >> 16) & 0xff) / 255.0, g = ((colour >> 8) & 0xff) / 255.0;
        double b = (colour & 0xff) / 255.0;

        /* A pale tint of the level's colour, a thin border, a bar. */
        cairo_set_source_rgb (cr, 1 - (1 - r) * 0.08, 1 - (1 - g) * 0.08, 1 - (1 - b) * 0.08);
        cairo_rectangle (cr, x, y, width, block->height);
        cairo_fill (cr);
        calf_report_set_colour (cr, colour);
        cairo_set_line_width (cr, 0.8);
        cairo_rectangle (cr, x + 0.4, y + 0.4, width - 0.8, block->height - 0.8);
        cairo_stroke (cr);
        cairo_rectangle (cr, x, y, BOX_BAR, block->height);
        cairo_fill (cr);
      }
      break;

    case CALF_REPORT_BLOCK_EXERCISE:
      if (block->svg != NULL)
        calf_sketch_draw (block->svg, cr, x, y, DRAWING_SIZE, DRAWING_SIZE);
      break;

    case CALF_REPORT_BLOCK_TITLE:
    case CALF_REPORT_BLOCK_FACT:
    case CALF_REPORT_BLOCK_CAUSE:
    case CALF_REPORT_BLOCK_PARAGRAPH:
    case CALF_REPORT_BLOCK_LIST_ITEM:
      break;

    default:
      g_assert_not_reached ();
    }

  draw_items (cr, block, x, y);
  if (block->right_layout != NULL)
    show_layout (cr, block->right_layout, x + block->right_x, y + block->right_y,
                 block->kind == CALF_REPORT_BLOCK_TABLE_HEADER ? MUTED : INK);
}

static void
draw_header_footer (CalfReportLayout *self,
                    cairo_t          *cr,
                    guint             page)
{
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double foot = self->page_height - MARGIN_BOTTOM + 22;
  double width = calf_report_layout_body_width (self);

  /* Translators: page numbers in the footer of a printed report. */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);

  right = calf_report_layout_new_text (self, CALF_STYLE_SMALL, page_text, 0);
  left = calf_report_layout_new_text (self, CALF_STYLE_SMALL, self->running, width - calf_report_text_width (right) - COLUMN_GAP);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  hairline (cr, MARGIN_X, MARGIN_X + width, foot - 6, 0.5, HAIRLINE);
  show_layout (cr, left, MARGIN_X, foot, MUTED);
  show_layout (cr, right, MARGIN_X + width - calf_report_text_width (right), foot, MUTED);

  if (page > 0)
    {
      g_autoptr(PangoLayout) head = calf_report_layout_new_text (self, CALF_STYLE_SMALL, self->running, width);

      pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
      show_layout (cr, head, MARGIN_X, MARGIN_TOP - 30, MUTED);
    }
}

void
calf_report_layout_draw_page (CalfReportLayout *self,
                              cairo_t          *cr,
                              guint             page)
{
  g_return_if_fail (CALF_IS_REPORT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const CalfReportPlacement *placement = &g_array_index (self->placements, CalfReportPlacement, i);

      if (placement->page == page)
        draw_block (self, cr, placement);
    }
  draw_header_footer (self, cr, page);
  cairo_restore (cr);
}

static gboolean
check_layout (CalfReportLayout *self,
              PangoLayout      *layout,
              double            x,
              GError          **error)
{
  PangoRectangle ink, logical;
  double left, right;

  if (layout == NULL)
    return TRUE;

  pango_layout_get_extents (layout, &ink, &logical);
  left = x + (double) MIN (ink.x, logical.x) / PANGO_SCALE;
  right = x + (double) MAX (ink.x + ink.width, logical.x + logical.width) / PANGO_SCALE;

  /* Half a point of slack for antialiasing of italic overhangs. */
  if (left < -0.5 || right > calf_report_layout_body_width (self) + 0.5)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "“%s” reaches from %.1f to %.1f pt, past the body (0 to %.1f pt)",
                   pango_layout_get_text (layout), left, right, calf_report_layout_body_width (self));
      return FALSE;
    }
  return TRUE;
}

gboolean
calf_report_layout_check_bounds (CalfReportLayout  *self,
                                 GError           **error)
{
  double bottom;

  g_return_val_if_fail (CALF_IS_REPORT_LAYOUT (self), FALSE);
  g_return_val_if_fail (self->n_pages > 0, FALSE);

  bottom = self->page_height - MARGIN_BOTTOM;

  for (guint i = 0; i < self->placements->len; i++)
    {
      const CalfReportPlacement *placement = &g_array_index (self->placements, CalfReportPlacement, i);
      CalfReportBlock *block = g_ptr_array_index (self->blocks, placement->block);

      if (placement->y < MARGIN_TOP - 0.01 || placement->y + placement->height > bottom + 0.5)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "Block %u on page %u runs from %.1f to %.1f pt, outside the body (%.1f to %.1f pt)",
                       placement->block, placement->page + 1, placement->y,
                       placement->y + placement->height, MARGIN_TOP, bottom);
          return FALSE;
        }

      for (guint j = 0; j < block->items->len; j++)
        {
          CalfReportItem *item = g_ptr_array_index (block->items, j);

          if (!check_layout (self, item->layout, item->x, error) ||
              (item->marker_layout != NULL &&
               !check_layout (self, item->marker_layout, marker_x (item), error)))
            return FALSE;
        }
      if (!check_layout (self, block->right_layout, block->right_x, error))
        return FALSE;
    }
  return TRUE;
}

guint
calf_report_layout_get_n_placements (CalfReportLayout *self)
{
  g_return_val_if_fail (CALF_IS_REPORT_LAYOUT (self), 0);
  return self->placements->len;
}

void
calf_report_layout_get_placement (CalfReportLayout    *self,
                                  guint                index,
                                  CalfReportBlockKind *kind,
                                  guint               *page,
                                  double              *y,
                                  double              *height)
{
  const CalfReportPlacement *placement;

  g_return_if_fail (CALF_IS_REPORT_LAYOUT (self));
  g_return_if_fail (index < self->placements->len);

  placement = &g_array_index (self->placements, CalfReportPlacement, index);
  if (kind != NULL)
    *kind = ((CalfReportBlock *) g_ptr_array_index (self->blocks, placement->block))->kind;
  if (page != NULL)
    *page = placement->page;
  if (y != NULL)
    *y = placement->y;
  if (height != NULL)
    *height = placement->height;
}

void
calf_report_layout_get_body (CalfReportLayout *self,
                             double           *x,
                             double           *y,
                             double           *width,
                             double           *height)
{
  g_return_if_fail (CALF_IS_REPORT_LAYOUT (self));

  if (x != NULL)
    *x = MARGIN_X;
  if (y != NULL)
    *y = MARGIN_TOP;
  if (width != NULL)
    *width = calf_report_layout_body_width (self);
  if (height != NULL)
    *height = calf_report_layout_body_height (self);
}
