/* calf-report-layout-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "calf-report-layout.h"
#include "calf-sketch.h"

G_BEGIN_DECLS

typedef enum
{
  CALF_STYLE_TITLE,
  CALF_STYLE_HEADING,
  CALF_STYLE_SUBHEADING,
  CALF_STYLE_BODY,
  CALF_STYLE_LABEL,     /* muted, for the left column of facts and "Why" */
  CALF_STYLE_SMALL,     /* references and the closing notes */
  CALF_STYLE_TRIAGE,    /* the level's name in the triage box */
  CALF_STYLE_LEAD,      /* the advice's title in the triage box */
  CALF_N_STYLES
} CalfStyle;

/* One paragraph of a block: an optional marker ("•", "2.") in a hanging
 * column, then Pango markup. */
/* Width of the hanging column for "•" and "12.". */
#define CALF_REPORT_MARKER_WIDTH 24.0
/* Between a right-aligned marker and its text. */
#define CALF_REPORT_MARKER_GAP 4.5

typedef struct
{
  CalfStyle    style;
  char        *marker;      /* nullable */
  char        *markup;
  double       indent;      /* from the block's text column */
  double       space_before;
  PangoLayout *layout;      /* set by paginate */
  PangoLayout *marker_layout;
  double       x;           /* from the body's left edge, set by paginate */
  double       y;           /* from the block's top, set by paginate */
} CalfReportItem;

typedef struct
{
  CalfReportBlockKind kind;
  GPtrArray          *items;        /* of CalfReportItem * */
  char               *right;        /* FACT/TABLE rows: right column markup; CAUSE: right-aligned tag */
  PangoLayout        *right_layout;
  double              right_x;      /* set by paginate */
  double              right_y;
  double              split;        /* FACT/TABLE rows: left column share of the width */
  CalfSketch         *svg;          /* EXERCISE, nullable */
  CalfTriageLevel     level;        /* TRIAGE */
  double              space_before;
  gboolean            keep_with_next;
  double              height;       /* set by paginate, without space_before */
} CalfReportBlock;

typedef struct
{
  guint  block;
  guint  page;
  double y;          /* top of the piece on its page */
  double height;
  int    first_line; /* split blocks: lines [first_line, end_line) of all items */
  int    end_line;   /* -1: the whole block */
  double offset;     /* split blocks: where the piece starts in the block */
} CalfReportPlacement;

/* Page geometry and colours, in points and 0xRRGGBB. */
#define MARGIN_X        56.7
#define MARGIN_TOP      62.0
#define MARGIN_BOTTOM   66.0
#define FONT_FAMILY     "Cantarell, Noto Sans, DejaVu Sans, Sans"
#define INK             0x241f31
#define MUTED           0x5e5c64
#define ACCENT          0x1a5fb4
#define HAIRLINE        0xc0bfbc
#define SHADE           0xf3f2f1
#define DRAWING_SIZE    84.0
#define DRAWING_GAP     14.0
#define BOX_PADDING     11.0
#define BOX_BAR         5.0
#define ROW_PADDING     3.5
#define COLUMN_GAP      12.0

typedef struct
{
  double      size;
  PangoWeight weight;
  guint32     colour;
} CalfReportStyle;

extern const CalfReportStyle calf_report_styles[CALF_N_STYLES];

struct _CalfReportLayout
{
  GObject       parent_instance;

  CalfReport   *report;      /* NULL for a history */
  char         *running;     /* the footer's words, markup */
  GPtrArray    *blocks;      /* of CalfReportBlock * */
  GArray       *placements;  /* of CalfReportPlacement */
  PangoContext *context;
  double        page_width;
  double        page_height;
  guint         n_pages;
};

/* One line of a block, for blocks broken across pages. */
typedef struct
{
  CalfReportItem  *item;
  PangoLayoutLine *line;
  gboolean         first_of_item;
  double           x;         /* the line's offset in its layout */
  double           top;       /* from the block's top */
  double           bottom;
  double           baseline;
} CalfReportLine;

/* calf-report-layout.c */
void         calf_report_set_colour            (cairo_t          *cr,
                                                guint32           colour);
double       calf_report_layout_body_width     (CalfReportLayout *self);
double       calf_report_layout_body_height    (CalfReportLayout *self);
PangoLayout *calf_report_layout_new_text       (CalfReportLayout *self,
                                                CalfStyle         style,
                                                const char       *markup,
                                                double            width);
double       calf_report_text_width            (PangoLayout      *layout);
/* Of CalfReportLine: every line of every item, top to bottom. */
GArray      *calf_report_block_lines           (CalfReportBlock  *block);

/* calf-report-layout-build.c: the report as blocks. */
GPtrArray *calf_report_layout_build_blocks (CalfReport *report);
GPtrArray *calf_report_layout_build_history_blocks (const CalfHistoryDocument *document);
void       calf_report_block_free          (CalfReportBlock *block);
/* The level's colour (0xRRGGBB). */
guint32    calf_report_layout_level_colour (CalfTriageLevel level);

G_END_DECLS
