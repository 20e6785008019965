/* calf-page-util.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-page"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-row.h"

GtkWidget *
calf_page_scrolled_new (int         maximum_width,
                        GtkWidget **content)
{
  /* A group, not a generic container: newer GTK lets no one name those,
   * and a scrolled window takes the focus. */
  GtkWidget *scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                      NULL);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), maximum_width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), MIN (maximum_width, 480));
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  *content = box;
  return scrolled;
}

GtkWidget *
calf_page_add_label (GtkWidget  *box,
                     const char *text,
                     const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

GtkWidget *
calf_page_add_heading (GtkWidget  *box,
                       const char *text,
                       const char *css_class)
{
  GtkWidget *label = calf_page_add_label (box, text, css_class != NULL ? css_class : "heading");

  gtk_widget_set_margin_top (label, 6);
  /* The next boxed list in @box is read with this heading. */
  g_object_set_data (G_OBJECT (box), "calf-last-heading", label);
  return label;
}

GtkWidget *
calf_page_add_section (GtkWidget  *box,
                       const char *title,
                       const char *css_class)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), section);
  calf_page_add_label (section, title, css_class != NULL ? css_class : "heading");

  return section;
}

void
calf_page_add_bullets (GtkWidget          *box,
                       const char * const *items,
                       gssize              n_items)
{
  /* A count, not a terminator, for arrays such as a GPtrArray's pdata. */
  if (n_items < 0)
    n_items = items != NULL ? (gssize) g_strv_length ((char **) items) : 0;
  if (n_items == 0)
    return;

  /* Closer together than paragraphs. */
  if (gtk_box_get_spacing (GTK_BOX (box)) > 6)
    {
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_box_append (GTK_BOX (box), list);
      box = list;
    }

  for (gssize i = 0; i < n_items; i++)
    {
      /* Translators: an item of a bulleted list */
      g_autofree char *text = g_strdup_printf (_("• %s"), items[i]);

      calf_page_add_label (box, text, NULL);
    }
}

GtkWidget *
calf_page_add_boxed_list (GtkWidget *box)
{
  GtkWidget *list = gtk_list_box_new ();

  GtkWidget *heading = g_object_get_data (G_OBJECT (box), "calf-last-heading");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);
  if (heading != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                    -1);

  return list;
}

/* GTK 4.8 names a button made from a mnemonic label with the raw label
 * ("S_kip") as well as the label it is labelled by ("S_kip Skip"); newer
 * versions strip the underline. Name it by its label alone. */
void
calf_page_fix_mnemonic_name (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
      GString *plain = g_string_new (NULL);

      for (const char *p = label; p != NULL && *p != '\0'; p++)
        {
          if (*p == '_' && p[1] == '_')
            p++;
          else if (*p == '_')
            continue;
          g_string_append_c (plain, *p);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str,
                                      -1);
      g_string_free (plain, TRUE);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

/* The same for every button inside @widget: libadwaita 1.2 builds an
 * AdwMessageDialog's response buttons from mnemonic labels ("_Stop Stop"). */
void
calf_page_fix_mnemonic_names (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    calf_page_fix_mnemonic_name (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    calf_page_fix_mnemonic_names (child);
}

/* The icons libadwaita puts inside its rows (AdwEntryRow's pencil) say
 * nothing the row's role does not; GTK 4.8 would read them as "GtkImage". */
void
calf_page_hide_icons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_IMAGE (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    calf_page_hide_icons (child);
}

GtkWidget *
calf_page_button_new (const char *mnemonic_label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic_label);

  calf_page_fix_mnemonic_name (button);
  return button;
}

/* A list row with a plain-text title and an optional subtitle. */
GtkWidget *
calf_page_row_new (const char *title,
                   const char *subtitle)
{
  return calf_row_new (title, subtitle);
}


char *
calf_page_format_path (const char *path)
{
  const char *home = g_get_home_dir ();
  gsize length = strlen (home);

  g_return_val_if_fail (path != NULL, NULL);

  if (length > 1 && g_str_has_prefix (path, home) && path[length] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + length, NULL);
  return g_strdup (path);
}
