/* calf-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-window"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "calf-window.h"
#include "calf-window-private.h"
#include "calf-session-page.h"
#include "calf-window-exercises.h"

G_DEFINE_FINAL_TYPE (CalfWindow, calf_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  GtkWidget *page;
  char      *title;
  char      *subtitle;
} PageEntry;

static void
page_entry_free (gpointer data)
{
  PageEntry *entry = data;

  g_clear_object (&entry->page);
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry);
}

static void
calf_window_load_state (CalfWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
calf_window_save_state (CalfWindow *self)
{
  int width = 0;
  int height = 0;

  /* GTK keeps the default size at the last unmaximised size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
calf_window_close_request (GtkWindow *window)
{
  calf_window_save_state (CALF_WINDOW (window));

  return GTK_WINDOW_CLASS (calf_window_parent_class)->close_request (window);
}

/* A page and its scroll panes are named with the page's title for
 * assistive technology: a scrolled window can take the focus, and GTK
 * 4.8 reads an unnamed widget by its class name ("CalfResultsPage"). */
static void
name_scroll_panes (GtkWidget  *widget,
                   const char *title)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_scroll_panes (child, title);
}

void
calf_window_name_page (GtkWidget  *page,
                       const char *title)
{
  if (title == NULL || *title == '\0')
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  name_scroll_panes (page, title);
}

/* Shows the top page, its title and the Back button. */
static void
calf_window_update_navigation (CalfWindow *self)
{
  gboolean has_pages = self->pages->len > 0;

  if (has_pages)
    {
      PageEntry *top = g_ptr_array_index (self->pages, self->pages->len - 1);

      gtk_stack_set_visible_child (self->main_stack, top->page);
      adw_window_title_set_title (self->window_title, top->title != NULL ? top->title : "");
      adw_window_title_set_subtitle (self->window_title, top->subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->window_title),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, top->title != NULL ? top->title : "",
                                      -1);
    }
  else
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") != 0)
        gtk_stack_set_visible_child_name (self->main_stack, "start");
      adw_window_title_set_title (self->window_title, _("Calf Check"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->window_title),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calf Check"),
                                      -1);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), has_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", has_pages);
}

/* Moves the focus into the page just shown, so keyboard users continue
 * there and screen readers announce it. */
static void
calf_window_focus_page (CalfWindow *self)
{
  GtkWidget *page = calf_window_get_visible_page (self);

  /* The start page takes its own (calf_window_flow_page_shown()). */
  if (self->pages->len == 0)
    return;

  if (page == NULL)
    return;
  /* From no focus, Tab forward lands on the page's first focusable widget;
   * from a focus GTK already put inside the page it would skip one. */
  gtk_root_set_focus (GTK_ROOT (self), NULL);
  if (!gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (page);
}

/* A closed page frees a large widget tree, and glibc keeps what is freed
 * for later allocations: 8 assessments and the exercise pages left about
 * 5 MB more resident. Once the window is idle, give it back. */
static gboolean
trim_freed_memory (gpointer user_data)
{
  CalfWindow *self = user_data;

  self->trim_source = 0;
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

static void
calf_window_remove_top (CalfWindow *self)
{
  g_autoptr(GtkWidget) page = NULL;
  PageEntry *top;

  g_assert (self->pages->len > 0);

  top = g_ptr_array_index (self->pages, self->pages->len - 1);
  page = g_object_ref (top->page);
  g_ptr_array_remove_index (self->pages, self->pages->len - 1);

  calf_window_update_navigation (self);
  gtk_stack_remove (self->main_stack, page);

  if (self->trim_source == 0)
    self->trim_source = g_idle_add_full (G_PRIORITY_LOW, trim_freed_memory, self, NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalfWindow *self = CALF_WINDOW (widget);
  GtkWidget *session_page;

  if (self->pages->len == 0)
    return;

  /* A guided session under way asks before it ends, from any Back. */
  session_page = calf_window_top_page_of_type (self, CALF_TYPE_SESSION_PAGE);
  if (session_page != NULL &&
      calf_session_is_active (calf_session_page_get_session (CALF_SESSION_PAGE (session_page))))
    {
      gtk_widget_activate_action (session_page, "session.stop", NULL);
      return;
    }

  /* The assessment pages step back through the questions first. */
  if (calf_window_flow_handle_back (self))
    return;

  calf_window_pop_page (self);
}

static void
calf_window_dispose (GObject *object)
{
  CalfWindow *self = CALF_WINDOW (object);

  calf_window_flow_dispose (self);
  calf_window_history_dispose (self);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_handle_id (&self->trim_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_WINDOW);

  G_OBJECT_CLASS (calf_window_parent_class)->dispose (object);
}

static void
calf_window_finalize (GObject *object)
{
  CalfWindow *self = CALF_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_window_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
calf_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CalfWindow *self = CALF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CalfWindow *self = CALF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_window_constructed (GObject *object)
{
  CalfWindow *self = CALF_WINDOW (object);

  G_OBJECT_CLASS (calf_window_parent_class)->constructed (object);

  calf_window_flow_init (self);
}

static void
calf_window_class_init (CalfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = calf_window_dispose;
  object_class->finalize = calf_window_finalize;
  object_class->constructed = calf_window_constructed;
  object_class->get_property = calf_window_get_property;
  object_class->set_property = calf_window_set_property;

  /**
   * CalfWindow:database: (nullable)
   *
   * The condition database, given by the application; %NULL when it
   * failed to load (the window then shows why, see
   * calf_window_show_error()).
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CALF_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  window_class->close_request = calf_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, start_bin);
  gtk_widget_class_bind_template_child (widget_class, CalfWindow, error_page);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);

  calf_window_flow_class_init (widget_class);
}

static void
calf_window_init (CalfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_ptr_array_new_with_free_func (page_entry_free);
  /* Hidden until something goes wrong, but still in the tree. */
  calf_window_name_page (GTK_WIDGET (self->error_page), C_("page name", "Error"));
  calf_window_actions_init (self);
  /* win.safety, win.preferences (calf-window-exercises.c). */
  calf_window_exercises_init (self);
  /* win.show-history (calf-window-history.c). */
  calf_window_history_init (self);

  self->settings = g_settings_new (APPLICATION_ID);
  calf_window_load_state (self);
  calf_window_update_navigation (self);
}

/**
 * calf_window_new:
 * @application: the application
 * @database: (nullable): the condition database, or %NULL when it failed
 *   to load
 *
 * Returns: (transfer full): a new window
 */
CalfWindow *
calf_window_new (GtkApplication *application,
                 CalfDatabase   *database)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database == NULL || CALF_IS_DATABASE (database), NULL);

  return g_object_new (CALF_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

/**
 * calf_window_show_error:
 * @self: a #CalfWindow
 * @title: a short, translated title saying what failed
 * @message: (nullable): a translated explanation, in plain text (not markup),
 *   saying what to do about it
 *
 * Replaces the window content with the error page, for failures the
 * window cannot work without (for example a database that fails to load).
 */
void
calf_window_show_error (CalfWindow *self,
                        const char *title,
                        const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (CALF_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  /* The description is Pango markup; the message is plain text. */
  if (message != NULL)
    escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  calf_window_name_page (GTK_WIDGET (self->error_page), title);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * calf_window_push_page:
 * @self: a #CalfWindow
 * @page: the page to show; a floating reference is sunk
 * @title: (nullable): the translated title for the header bar
 *
 * Shows @page above the current one, with a Back button in the header
 * bar. Back, Escape and Alt+Left return to the page below.
 */
void
calf_window_push_page (CalfWindow *self,
                       GtkWidget  *page,
                       const char *title)
{
  g_return_if_fail (CALF_IS_WINDOW (self));

  calf_window_push_page_full (self, page, title, NULL);
}

/* The same with a subtitle under the title (for example the leg). */
void
calf_window_push_page_full (CalfWindow *self,
                            GtkWidget  *page,
                            const char *title,
                            const char *subtitle)
{
  PageEntry *entry;

  g_return_if_fail (CALF_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (gtk_widget_get_parent (page) == NULL);

  entry = g_new0 (PageEntry, 1);
  entry->page = g_object_ref_sink (page);
  entry->title = g_strdup (title);
  entry->subtitle = g_strdup (subtitle);
  g_ptr_array_add (self->pages, entry);

  gtk_stack_page_set_title (gtk_stack_add_child (self->main_stack, page), title);
  calf_window_name_page (page, title);
  calf_window_update_navigation (self);
  calf_window_focus_page (self);
}

/**
 * calf_window_pop_page:
 * @self: a #CalfWindow
 *
 * Removes the page on top and shows the one below it. Does nothing on the
 * start page.
 */
void
calf_window_pop_page (CalfWindow *self)
{
  g_return_if_fail (CALF_IS_WINDOW (self));

  if (self->pages->len == 0)
    return;

  calf_window_remove_top (self);
  calf_window_flow_page_shown (self);
  calf_window_focus_page (self);
}

/**
 * calf_window_pop_to_start:
 * @self: a #CalfWindow
 *
 * Removes every pushed page.
 */
void
calf_window_pop_to_start (CalfWindow *self)
{
  g_return_if_fail (CALF_IS_WINDOW (self));

  while (self->pages->len > 0)
    calf_window_remove_top (self);

  calf_window_flow_page_shown (self);
  calf_window_focus_page (self);
}

/**
 * calf_window_get_visible_page:
 * @self: a #CalfWindow
 *
 * Returns: (transfer none) (nullable): the page on top, or the start page
 */
GtkWidget *
calf_window_get_visible_page (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  if (self->pages->len > 0)
    return ((PageEntry *) g_ptr_array_index (self->pages, self->pages->len - 1))->page;

  if (self->start_page != NULL && gtk_stack_get_visible_child (self->main_stack) == GTK_WIDGET (self->start_bin))
    return self->start_page;

  return gtk_stack_get_visible_child (self->main_stack);
}

/**
 * calf_window_get_n_pages:
 * @self: a #CalfWindow
 *
 * Returns: how many pages are pushed above the start page
 */
guint
calf_window_get_n_pages (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), 0);

  return self->pages->len;
}

/* The page @depth below the top (0 is the top), or NULL. */
GtkWidget *
calf_window_get_page_at_depth (CalfWindow *self,
                               guint       depth)
{
  if (depth >= self->pages->len)
    return NULL;

  return ((PageEntry *) g_ptr_array_index (self->pages, self->pages->len - 1 - depth))->page;
}

/**
 * calf_window_get_toast_overlay:
 * @self: a #CalfWindow
 *
 * Returns: (transfer none): the overlay to add toasts to
 */
AdwToastOverlay *
calf_window_get_toast_overlay (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  return self->toast_overlay;
}

/**
 * calf_window_get_database:
 * @self: a #CalfWindow
 *
 * Returns: (transfer none) (nullable): the database, or %NULL when it
 *   failed to load
 */
CalfDatabase *
calf_window_get_database (CalfWindow *self)
{
  g_return_val_if_fail (CALF_IS_WINDOW (self), NULL);

  return self->database;
}
