/* calf-expander-row.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-expander-row"

#include "config.h"

#include "calf-expander-row.h"
#include "calf-row.h"

/* A row that opens to show more rows, as AdwExpanderRow does, with a
 * CalfRow for its header so that its wrapped title and subtitle are never
 * measured width-for-height (see calf-row.c). It keeps AdwExpanderRow's
 * style classes (expander, nested), so the stylesheet draws it the same. */
struct _CalfExpanderRow
{
  GtkListBoxRow parent_instance;

  CalfRow   *header;
  GtkWidget *header_list;
  GtkWidget *revealer;
  GtkWidget *list;
  gboolean   expanded;
};

G_DEFINE_FINAL_TYPE (CalfExpanderRow, calf_expander_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_header_activated (CalfExpanderRow *self)
{
  calf_expander_row_set_expanded (self, !self->expanded);
}

/* Up and Down leave the row's own lists for the rows around it. */
static gboolean
on_keynav_failed (CalfExpanderRow  *self,
                  GtkDirectionType  direction)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  if (root == NULL || (direction != GTK_DIR_UP && direction != GTK_DIR_DOWN))
    return FALSE;

  return gtk_widget_child_focus (root, direction == GTK_DIR_UP ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

static GtkWidget *
inner_list_new (CalfExpanderRow *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  g_signal_connect_swapped (list, "keynav-failed", G_CALLBACK (on_keynav_failed), self);
  return list;
}

static void
calf_expander_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CalfExpanderRow *self = CALF_EXPANDER_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_expander_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CalfExpanderRow *self = CALF_EXPANDER_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      calf_expander_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_expander_row_class_init (CalfExpanderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = calf_expander_row_get_property;
  object_class->set_property = calf_expander_row_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
calf_expander_row_init (CalfExpanderRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *arrow;

  /* The header takes the focus and the clicks; the row itself is only a
   * frame around it and the rows it reveals. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "expander");

  self->header_list = inner_list_new (self);
  self->header = CALF_ROW (calf_row_new (NULL, NULL));
  calf_row_set_opens_page (self->header, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->header), "header");
  arrow = calf_row_get_arrow (self->header);
  gtk_image_set_from_icon_name (GTK_IMAGE (arrow), "go-down-symbolic");
  gtk_widget_add_css_class (arrow, "calf-expander-arrow");
  g_signal_connect_swapped (self->header, "activated", G_CALLBACK (on_header_activated), self);
  gtk_list_box_append (GTK_LIST_BOX (self->header_list), GTK_WIDGET (self->header));
  gtk_box_append (GTK_BOX (box), self->header_list);

  self->list = inner_list_new (self);
  gtk_widget_add_css_class (self->list, "nested");
  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), self->list);
  gtk_box_append (GTK_BOX (box), self->revealer);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
}

/**
 * calf_expander_row_new:
 * @title: the title, plain text
 * @subtitle: (nullable): the subtitle, plain text
 *
 * Returns: (transfer floating): a new, collapsed row
 */
GtkWidget *
calf_expander_row_new (const char *title,
                       const char *subtitle)
{
  CalfExpanderRow *self = g_object_new (CALF_TYPE_EXPANDER_ROW, NULL);

  calf_row_set_title (self->header, title);
  calf_row_set_subtitle (self->header, subtitle);

  /* Screen readers name the row and its lists after the title (GTK 4.8
   * would read an unnamed list by its class name). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header_list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return GTK_WIDGET (self);
}

const char *
calf_expander_row_get_title (CalfExpanderRow *self)
{
  g_return_val_if_fail (CALF_IS_EXPANDER_ROW (self), NULL);

  return calf_row_get_title (self->header);
}

gboolean
calf_expander_row_get_expanded (CalfExpanderRow *self)
{
  g_return_val_if_fail (CALF_IS_EXPANDER_ROW (self), FALSE);

  return self->expanded;
}

void
calf_expander_row_set_expanded (CalfExpanderRow *self,
                                gboolean         expanded)
{
  g_return_if_fail (CALF_IS_EXPANDER_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  /* The stylesheet turns the arrow on :checked. */
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  /* Listeners may add rows now, before they are revealed. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), expanded);
}

/**
 * calf_expander_row_add_row:
 * @self: an expander row
 * @row: a row to show when @self is expanded
 */
void
calf_expander_row_add_row (CalfExpanderRow *self,
                           GtkWidget       *row)
{
  g_return_if_fail (CALF_IS_EXPANDER_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (row));

  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}
