using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.SqlServer.Migrations
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
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CapacityCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Used = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<int>(type: "int", nullable: true),
                    To = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
