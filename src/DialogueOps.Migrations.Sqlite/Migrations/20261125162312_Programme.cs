using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Programme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConflictOverrideReason",
                table: "Sessions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpectedAudience",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProgrammePublishedAt",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgrammeStatus",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ProgrammeChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LocalText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeChanges_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeChanges_EventId_At",
                table: "ProgrammeChanges",
                columns: new[] { "EventId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeChanges");

            migrationBuilder.DropColumn(
                name: "ConflictOverrideReason",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ExpectedAudience",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ProgrammePublishedAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ProgrammeStatus",
                table: "Events");
        }
    }
}
