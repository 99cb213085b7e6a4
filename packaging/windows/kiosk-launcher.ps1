# Pavilion Kiosk launcher for Windows booth PCs: starts the kiosk, and starts it again whenever it
# exits (a crash, an error loop, the nightly restart, staff choosing "Quit") or stops answering.
#
# "Stops answering": the kiosk rewrites KIOSK_ALIVE_FILE every 10 s from its Qt event loop (the
# same timer that pings systemd's watchdog on Linux). If the file is older than -HungAfter
# seconds, or Windows reports the window as not responding for that long, the UI is hung: the
# launcher ends the process and starts a fresh one. Every start, exit and kill is written to
# <data>\logs\launcher.log. Only one launcher runs per session (a named mutex).
#
# Started at logon by the installer's "Start the kiosk automatically" task, or set as the kiosk
# user's shell with Shell Launcher v2 (packaging/README.md):
#   powershell.exe -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File "C:\Program Files\Pavilion Kiosk\kiosk-launcher.ps1"
param(
    [int]$HungAfter = 60,      # seconds without a sign of life before the kiosk is restarted
    [int]$StartGrace = 120,    # a starting kiosk (migrations, content) gets this long first
    [int]$RestartDelay = 3     # seconds between an exit and the next start
)

$ErrorActionPreference = "Stop"
$app = Split-Path -Parent $MyInvocation.MyCommand.Path
$exe = Join-Path $app "kiosk-window.exe"
$data = if ($env:KIOSK_DATA_DIR) { $env:KIOSK_DATA_DIR } else { Join-Path $env:ProgramData "PavilionKiosk\PavilionKiosk" }
$alive = Join-Path $data "run\alive"
$log = Join-Path $data "logs\launcher.log"
New-Item -ItemType Directory -Force -Path (Split-Path $alive), (Split-Path $log) | Out-Null

function Write-Log([string]$message) {
    $line = "{0:yyyy-MM-dd HH:mm:ss} {1}" -f (Get-Date), $message
    Add-Content -Path $log -Value $line -Encoding UTF8
}

$mutex = New-Object System.Threading.Mutex($false, "Local\PavilionKioskLauncher")
if (-not $mutex.WaitOne(0)) { exit 0 }  # a launcher already runs in this session

$env:KIOSK_ALIVE_FILE = $alive
while ($true) {
    Remove-Item -Force -ErrorAction SilentlyContinue $alive
    $started = Get-Date
    $kiosk = Start-Process -FilePath $exe -ArgumentList "run" -WorkingDirectory $app -PassThru
    Write-Log "started the kiosk (pid $($kiosk.Id))"
    $notResponding = $null
    while (-not $kiosk.HasExited) {
        Start-Sleep -Seconds 5
        $kiosk.Refresh()
        if ($kiosk.HasExited) { break }
        $age = if (Test-Path $alive) { ((Get-Date) - (Get-Item $alive).LastWriteTime).TotalSeconds }
               else { ((Get-Date) - $started).TotalSeconds - $StartGrace + $HungAfter }
        if (-not $kiosk.Responding) {
            if (-not $notResponding) { $notResponding = Get-Date }
        } else { $notResponding = $null }
        $frozen = $notResponding -and ((Get-Date) - $notResponding).TotalSeconds -gt $HungAfter
        if ($age -gt $HungAfter -or $frozen) {
            Write-Log "the kiosk stopped answering (no sign of life for $([int]$age) s); ending it"
            Stop-Process -Id $kiosk.Id -Force -ErrorAction SilentlyContinue
            break
        }
    }
    $kiosk.WaitForExit()
    Write-Log "the kiosk exited (status $($kiosk.ExitCode)); starting it again in $RestartDelay s"
    Start-Sleep -Seconds $RestartDelay
}
