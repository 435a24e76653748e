#!/usr/bin/env bash
# The README's test command: installs what the tests need besides the .NET SDK (eng/install-test-prerequisites.sh),
# then runs every test of the solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash eng/install-test-prerequisites.sh
exec dotnet test DomainSdk.sln "$@"
