using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.SqlServer.Migrations
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpectedAudience",
                table: "Sessions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProgrammePublishedAt",
                table: "Events",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgrammeStatus",
                table: "Events",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ProgrammeChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    SessionId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    LocalText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
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
