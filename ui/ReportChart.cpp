#include "ReportChart.h"
