#include "ReportBrowser.h"
