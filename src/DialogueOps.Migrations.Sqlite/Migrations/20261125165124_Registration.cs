using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "WaitlistedAt",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CapacityCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityCounters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityCounters_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipantStatusChanges_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityCounters_EventId_Scope",
                table: "CapacityCounters",
                columns: new[] { "EventId", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantStatusChanges_ParticipantId_At",
                table: "ParticipantStatusChanges",
                columns: new[] { "ParticipantId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CapacityCounters");

            migrationBuilder.DropTable(
                name: "ParticipantStatusChanges");

            migrationBuilder.DropColumn(
                name: "WaitlistedAt",
                table: "Participants");
        }
    }
}
