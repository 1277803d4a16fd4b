#include "run.h"

int main(int argc, char** argv)
{
    return followups::cli::run(argc, argv);
}
