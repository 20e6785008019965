/* calf-region-list.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CALF_TYPE_REGION_LIST (calf_region_list_get_type ())

G_DECLARE_FINAL_TYPE (CalfRegionList, calf_region_list, CALF, REGION_LIST, GtkWidget)

GtkWidget  *calf_region_list_new             (void);
void        calf_region_list_set_region_name (CalfRegionList *self,
                                              const char     *region_id,
                                              const char     *name);
const char *calf_region_list_get_region_name (CalfRegionList *self,
                                              const char     *region_id);
GtkWidget  *calf_region_list_get_row         (CalfRegionList *self,
                                              const char     *region_id);

G_END_DECLS
