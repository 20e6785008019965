/* calf-row.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-row"

#include "config.h"

#include "calf-row.h"

/* A list row with a wrapped title, an optional subtitle and, when it opens
 * a page, an arrow: what AdwActionRow shows, laid out so that GTK 4.8 never
 * asks a wrapped label for its width at a given height. AdwActionRow puts
 * its labels in a horizontal box, and a horizontal box sizes its children
 * width-for-height whenever it is allocated; a wrapped label answers that
 * with a binary search over a dozen Pango layouts. On the results page
 * that search was most of the time to the first frame. Here the labels sit
 * in a vertical box that fills the row, and the arrow is an overlay. */
struct _CalfRow
{
  GtkListBoxRow parent_instance;

  GtkWidget *title_box;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkWidget *arrow;
  GtkWidget *list_box;   /* whose row-activated we follow */
};

G_DEFINE_FINAL_TYPE (CalfRow, calf_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_OPENS_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (CalfRow       *self,
                  GtkListBoxRow *row)
{
  if (row == GTK_LIST_BOX_ROW (self))
    g_signal_emit (self, signals[ACTIVATED], 0);
}

/* The list box says which row was activated (click, Enter, Space). */
static void
on_parent_changed (CalfRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->list_box, on_row_activated, self);
      g_clear_weak_pointer (&self->list_box);
    }
  if (GTK_IS_LIST_BOX (parent))
    {
      g_set_weak_pointer (&self->list_box, parent);
      g_signal_connect_swapped (parent, "row-activated", G_CALLBACK (on_row_activated), self);
    }
}

static GtkLabel *
row_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
calf_row_dispose (GObject *object)
{
  CalfRow *self = (CalfRow *)object;

  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->list_box, on_row_activated, self);
      g_clear_weak_pointer (&self->list_box);
    }

  G_OBJECT_CLASS (calf_row_parent_class)->dispose (object);
}

static void
calf_row_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CalfRow *self = CALF_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, calf_row_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, calf_row_get_subtitle (self));
      break;
    case PROP_OPENS_PAGE:
      g_value_set_boolean (value, calf_row_get_opens_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_row_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CalfRow *self = CALF_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      calf_row_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      calf_row_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_OPENS_PAGE:
      calf_row_set_opens_page (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_row_class_init (CalfRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = calf_row_dispose;
  object_class->get_property = calf_row_get_property;
  object_class->set_property = calf_row_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPENS_PAGE] =
    g_param_spec_boolean ("opens-page", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalfRow::activated:
   *
   * The row was activated in its list (click, Enter or Space).
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
calf_row_init (CalfRow *self)
{
  /* Only a way to place the arrow: nothing for a screen reader to read
   * (GTK 4.8 would read it by its class name). */
  GtkWidget *overlay = g_object_new (GTK_TYPE_OVERLAY,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                     NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self), "calf-row");
  /* As AdwActionRow: only rows that do something are activatable. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  self->title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_add_css_class (self->title_box, "calf-row-labels");
  self->title = row_label_new ("title");
  self->subtitle = row_label_new ("subtitle");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), FALSE);
  gtk_box_append (GTK_BOX (self->title_box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (self->title_box), GTK_WIDGET (self->subtitle));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->title_box);

  /* Decoration: the title says where the row goes. */
  self->arrow = g_object_new (GTK_TYPE_IMAGE,
                              "icon-name", "go-next-symbolic",
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              NULL);
  gtk_widget_set_halign (self->arrow, GTK_ALIGN_END);
  gtk_widget_set_valign (self->arrow, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->arrow, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->arrow);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), overlay);

  /* Read as its title, then its subtitle, as AdwActionRow is. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, NULL,
                                  -1);

  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_changed), NULL);
}

/**
 * calf_row_new:
 * @title: the title, plain text
 * @subtitle: (nullable): the subtitle, plain text
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
calf_row_new (const char *title,
              const char *subtitle)
{
  return g_object_new (CALF_TYPE_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

const char *
calf_row_get_title (CalfRow *self)
{
  g_return_val_if_fail (CALF_IS_ROW (self), NULL);

  return gtk_label_get_text (self->title);
}

void
calf_row_set_title (CalfRow    *self,
                    const char *title)
{
  g_return_if_fail (CALF_IS_ROW (self));

  if (g_strcmp0 (gtk_label_get_text (self->title), title ? title : "") == 0)
    return;

  gtk_label_set_text (self->title, title ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
calf_row_get_subtitle (CalfRow *self)
{
  g_return_val_if_fail (CALF_IS_ROW (self), NULL);

  return gtk_label_get_text (self->subtitle);
}

void
calf_row_set_subtitle (CalfRow    *self,
                       const char *subtitle)
{
  g_return_if_fail (CALF_IS_ROW (self));

  if (g_strcmp0 (gtk_label_get_text (self->subtitle), subtitle ? subtitle : "") == 0)
    return;

  gtk_label_set_text (self->subtitle, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), subtitle != NULL && subtitle[0] != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

gboolean
calf_row_get_opens_page (CalfRow *self)
{
  g_return_val_if_fail (CALF_IS_ROW (self), FALSE);

  return gtk_widget_get_visible (self->arrow);
}

/**
 * calf_row_set_opens_page:
 * @self: a row
 * @opens_page: whether activating the row opens a page
 *
 * Makes the row activatable and shows an arrow at its end, or neither.
 */
void
calf_row_set_opens_page (CalfRow  *self,
                         gboolean  opens_page)
{
  g_return_if_fail (CALF_IS_ROW (self));

  opens_page = !!opens_page;
  if (opens_page == calf_row_get_opens_page (self))
    return;

  gtk_widget_set_visible (self->arrow, opens_page);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), opens_page);
  if (opens_page)
    gtk_widget_add_css_class (GTK_WIDGET (self), "calf-opens-page");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "calf-opens-page");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENS_PAGE]);
}

/**
 * calf_row_get_arrow:
 *
 * The icon at the end of the row, shown while it opens a page. An
 * expander row shows its own arrow there.
 *
 * Returns: (transfer none): the arrow
 */
GtkWidget *
calf_row_get_arrow (CalfRow *self)
{
  g_return_val_if_fail (CALF_IS_ROW (self), NULL);

  return self->arrow;
}
